import { createServer, type RequestListener, type Server } from 'node:http';

/**
 * How long an idle kept-alive connection is advertised to last (`Keep-Alive: timeout=5`, Node's usual value), and
 * how long the server really keeps it. Clients stop reusing an idle connection before the advertised time (Node's
 * fetch 2 s before it, its http agent 1 s before), but they measure that on their event loop, which a busy process
 * runs late: Node's fetch counts a tick as half a second however late it fires. A server that closed at the
 * advertised time would then reset a connection the client is just reusing. Keeping it for a minute more leaves
 * that race to processes stalled for over a minute, and keeps the server above the 60 s idle timeout of the usual
 * proxies and load balancers in front of it.
 */
export const KEEP_ALIVE = { advertisedSeconds: 5, idleMs: 65_000 };

/** Serves `app` over HTTP with the keep-alive above; resolves once it listens (port 0 picks a free one). */
export async function listen(app: RequestListener, port: number, host?: string): Promise<Server> {
  const server = createServer(app);
  server.keepAliveTimeout = KEEP_ALIVE.idleMs;
  // A request's headers may take as long as a connection may idle, never less.
  server.headersTimeout = KEEP_ALIVE.idleMs + 1_000;
  // An explicit Keep-Alive header replaces the one Node derives from keepAliveTimeout.
  server.prependListener('request', (_req, res) =>
    res.setHeader('Keep-Alive', `timeout=${KEEP_ALIVE.advertisedSeconds}`),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
