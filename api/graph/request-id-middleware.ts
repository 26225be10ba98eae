import { randomUUID } from 'node:crypto';
import { ChainedMiddleware } from './chained-middleware';
import { callOptionsOf, getRequestHeader, setRequestHeader, type GraphContext } from './graph-call-options';

/** Sends a `client-request-id` and records Graph's `request-id`, which support cases quote. */
export class RequestIdMiddleware extends ChainedMiddleware {
  protected async handle(context: GraphContext): Promise<void> {
    if (!getRequestHeader(context, 'client-request-id'))
      setRequestHeader(context, 'client-request-id', randomUUID());
    await this.forward(context);
    const options = callOptionsOf(context);
    const requestId = context.response?.headers.get('request-id');
    if (options && requestId) options.requestId = requestId;
  }
}
