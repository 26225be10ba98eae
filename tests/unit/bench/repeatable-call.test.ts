import { repeatableCall } from '../../../bench/repeatable-call';
import { connectionBackInPool, givenResettingServer } from '../../fixtures/resetting-server';

describe("the bench's setup calls", () => {
  it('when a control call meets a connection the server reset, then it is sent again with its body and answers', async () => {
    const server = await givenResettingServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => res.end(JSON.stringify({ received: body })));
    });
    try {
      await repeatableCall('POST', `${server.url}/_emulator/reset`);
      await connectionBackInPool();
      const answer = await repeatableCall('POST', `${server.url}/_emulator/knobs`, {
        latencyMs: { default: 5 },
      });
      expect(answer).toEqual({ received: '{"latencyMs":{"default":5}}' });
      expect(server.requests.map((r) => `${r.path}${r.reset ? ' (reset)' : ''}`)).toEqual([
        '/_emulator/reset',
        '/_emulator/knobs (reset)',
        '/_emulator/knobs',
      ]);
    } finally {
      await server.close();
    }
  });

  it('when the answer is an error status, then the call fails with it instead of retrying', async () => {
    const server = await givenResettingServer((_req, res) => {
      res.statusCode = 400;
      res.end('{"error":"bad knob"}');
    });
    try {
      await expect(repeatableCall('POST', `${server.url}/_emulator/knobs`, { nope: 1 })).rejects.toThrow(
        /400/,
      );
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
