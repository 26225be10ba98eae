import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { z } from 'zod';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  UnavailableError,
  UnprocessableError,
  UpstreamError,
} from '../../../api/errors';
import { notFoundHandler, problemHandler, problemType, toProblem } from '../../../api/http/problem';
import { validate } from '../../../api/http/validate';

describe('toProblem', () => {
  it.each([
    [new NotFoundError('No pod 7.'), 404, 'not_found'],
    [new ForbiddenError('Not your pod.'), 403, 'forbidden'],
    [new ConflictError('Already enrolled.'), 409, 'conflict'],
    [new UnauthenticatedError('Sign in.'), 401, 'unauthenticated'],
    [new UnprocessableError('teapot', 'Short and stout.'), 422, 'teapot'],
    [new UnavailableError('jobs_unavailable', 'Later.'), 503, 'jobs_unavailable'],
  ])('when %s is thrown, then the problem has its status, type and detail', (error, status, code) => {
    const { problem } = toProblem(error, '/api/x', 'req-1');
    expect(problem).toEqual({
      type: problemType(code),
      title: expect.any(String),
      status,
      detail: error.message,
      instance: '/api/x',
      requestId: 'req-1',
    });
  });

  it('when Graph refused, then the problem keeps status, code and request id but not the raw message', () => {
    const cause = { message: 'Insufficient privileges: raw upstream text' };
    const error = new UpstreamError(
      { service: 'graph', status: 403, code: 'Authorization_RequestDenied', requestId: 'g-1' },
      'Microsoft Graph refused the request.',
      { cause },
    );
    const { problem } = toProblem(error, '/api/me');
    expect(problem).toMatchObject({
      status: 502,
      type: problemType('graph_forbidden'),
      upstream: { service: 'graph', status: 403, code: 'Authorization_RequestDenied', requestId: 'g-1' },
    });
    expect(JSON.stringify(problem)).not.toContain('raw upstream text');
  });

  it.each([
    [429, 503],
    [503, 503],
    [504, 504],
    [500, 502],
    [undefined, 502],
  ])('when Graph answered %p, then the API answers %p', (upstreamStatus, status) => {
    const error = new UpstreamError(
      { service: 'graph', status: upstreamStatus, code: undefined, requestId: undefined },
      'x',
    );
    expect(toProblem(error, '/').problem.status).toBe(status);
  });

  it('when something unexpected is thrown, then a 500 problem hides its message', () => {
    const { problem } = toProblem(new Error('password=hunter2 at db.ts:12'), '/api/x');
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('hunter2');
  });
});

describe('problemHandler over HTTP', () => {
  const Body = z.object({ name: z.string().min(1), size: z.number().int().min(2).max(4) });
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.use('/api', express.json({ limit: '1kb' }));
    app.post('/api/pods', (req, res) => {
      res.json(validate(Body, req.body));
    });
    app.get('/api/boom', () => {
      throw new Error('secret internals');
    });
    app.use('/api', notFoundHandler());
    app.use(problemHandler());
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (body: string) =>
    fetch(`${base}/api/pods`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('when the JSON body is malformed, then a 400 problem says so', async () => {
    const res = await post('{"name": ');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({
      status: 400,
      type: problemType('malformed_body'),
      instance: '/api/pods',
    });
  });

  it('when the body is too large, then a 413 problem answers, not a 500', async () => {
    const res = await post(JSON.stringify({ name: 'x'.repeat(5000), size: 3 }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ type: problemType('body_too_large') });
  });

  it('when fields fail the schema, then a 400 problem names each field', async () => {
    const res = await post(JSON.stringify({ name: '', size: 9 }));
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.type).toBe(problemType('validation_failed'));
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'size']);
  });

  it('when the body is valid, then the route answers normally', async () => {
    const res = await post(JSON.stringify({ name: 'Pod', size: 3 }));
    expect(res.status).toBe(200);
  });

  it('when an /api route does not exist, then a 404 problem answers', async () => {
    const res = await fetch(`${base}/api/nowhere`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('when a route throws unexpectedly, then a 500 problem carries no internals', async () => {
    const res = await fetch(`${base}/api/boom`);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('secret internals');
  });
});
