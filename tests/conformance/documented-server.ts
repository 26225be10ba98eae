import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { DocumentedAnswer } from './fixtures/documented-answer';

/** A local server that answers every request with one documented answer, to feed it through PeerPods' adapters. */
export interface DocumentedServer {
  url: string;
  answer(documented: DocumentedAnswer): void;
  /** The requests it received since the last answer() call: method, path and body. */
  requests: { method: string; path: string; body: unknown }[];
  close(): Promise<void>;
}

export async function startDocumentedServer(): Promise<DocumentedServer> {
  let current: DocumentedAnswer | undefined;
  const requests: DocumentedServer['requests'] = [];
  const app = express().use(express.json());
  app.use((req, res) => {
    requests.push({ method: req.method, path: req.path, body: req.body as unknown });
    if (!current)
      return void res.status(500).json({ error: { code: 'noFixture', message: 'no answer set' } });
    res
      .status(current.status)
      .set({ 'request-id': 'documented-request', ...current.headers })
      .json(current.body);
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer(documented) {
      current = documented;
      requests.length = 0;
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
