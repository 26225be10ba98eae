import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { listen } from '../../api/http/listen';
import { startEmulator } from '../../emulator/server';

/** One raw HTTP/1.1 exchange on `socket`: the status line and headers of the answer, its body read and dropped. */
function exchange(
  socket: Socket,
  path: string,
): Promise<{ status: number; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [statusLine, ...lines] = buffer.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      if (buffer.length - end - 4 < Number(headers['content-length'] ?? 0)) return;
      socket.off('data', onData).off('close', onClose).off('end', onClose);
      resolve({ status: Number(statusLine!.split(' ')[1]), headers });
    };
    const onClose = () => reject(new Error(`the server closed the connection before answering ${path}`));
    if (socket.readyState === 'closed' || socket.readyState === 'readOnly') return onClose();
    socket.on('data', onData).once('close', onClose).once('end', onClose);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
  });
}

/** Asks twice on one connection, idle between the two for longer than the advertised keep-alive and its margin. */
async function askAgainAfterIdle(url: string, path: string) {
  const { port } = new URL(url);
  // A reset shows as 'close' in exchange(); the error event itself needs a listener so it does not throw.
  const socket = connect(Number(port), '127.0.0.1').on('error', () => undefined);
  try {
    const first = await exchange(socket, path);
    // Idle past what Node's servers keep by default (5 s and a 1 s margin): the subject of the test, not a wait.
    await sleep(7_000);
    const second = await exchange(socket, path);
    return { first, second };
  } finally {
    socket.destroy();
  }
}

describe('kept-alive connections', () => {
  it('when a client comes back to an idle connection after longer than the advertised 5 s, then the API and the emulator still answer on it', async () => {
    const api = await listen((_req, res) => res.end('ok'), 0, '127.0.0.1');
    const emulator = await startEmulator({ port: 0, host: '127.0.0.1', size: 20 });
    try {
      const apiUrl = `http://127.0.0.1:${(api.address() as { port: number }).port}`;
      const answers = await Promise.all([
        askAgainAfterIdle(apiUrl, '/'),
        askAgainAfterIdle(emulator.url, '/_emulator/stats'),
      ]);
      for (const { first, second } of answers) {
        expect(first.headers['keep-alive']).toBe('timeout=5');
        expect(second.status).toBe(first.status);
      }
    } finally {
      api.closeAllConnections();
      await new Promise((resolve) => api.close(resolve));
      await emulator.close();
    }
  });
});
