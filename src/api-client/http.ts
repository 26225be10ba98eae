import type { z } from 'zod';
import { ApiProblem, problemFrom } from './api-problem';

export interface ApiClientOptions {
  /** Origin of the API; empty for the tab's own origin. */
  baseUrl?: string;
  /** The Teams SSO token to send, or null when nobody is signed in. */
  getToken: () => Promise<string | null>;
  /** Called on 401, so the shell can ask for a new sign-in. */
  onUnauthenticated?: () => void;
  fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The only way the tab reaches the API: adds the bearer token, parses answers with the API's own zod schemas. */
export interface ApiClient {
  get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>>;
  send<S extends z.ZodType>(method: Method, path: string, body: unknown, schema: S): Promise<z.output<S>>;
  /** A request whose answer is not JSON (CSV export); resolves to the body as text. */
  text(path: string, accept: string): Promise<string>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function call(method: Method, path: string, body: unknown, accept: string): Promise<Response> {
    const headers: Record<string, string> = { accept };
    const token = await options.getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiProblem(0, {
        detail: 'PeerPods could not be reached. Check your connection and try again.',
        type: 'urn:peerpods:problem:network',
      });
    }
    if (response.status === 401) options.onUnauthenticated?.();
    if (!response.ok) throw await problemFrom(response);
    return response;
  }

  async function parsed<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
    const json: unknown = response.status === 204 ? null : await response.json();
    const result = schema.safeParse(json);
    if (!result.success) {
      throw new ApiProblem(response.status, {
        detail: 'The API answered in a shape this version of the tab does not understand. Reload the page.',
        type: 'urn:peerpods:problem:unexpected_response',
      });
    }
    return result.data;
  }

  return {
    get: async (path, schema) => parsed(await call('GET', path, undefined, 'application/json'), schema),
    send: async (method, path, body, schema) =>
      parsed(await call(method, path, body, 'application/json'), schema),
    text: async (path, accept) => (await call('GET', path, undefined, accept)).text(),
  };
}
