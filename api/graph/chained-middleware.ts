import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { GraphContext } from './graph-call-options';

/** Base of our Graph middleware: holds the next link and types the SDK's context as ours. */
export abstract class ChainedMiddleware implements Middleware {
  private next: Middleware | undefined;

  setNext(next: Middleware): void {
    this.next = next;
  }

  execute(context: Context): Promise<void> {
    return this.handle(context as unknown as GraphContext);
  }

  protected abstract handle(context: GraphContext): Promise<void>;

  protected forward(context: GraphContext): Promise<void> {
    if (!this.next) throw new Error(`${this.constructor.name} is the last middleware; it needs a next one`);
    return this.next.execute(context as unknown as Context);
  }
}

/** Last link: sends the request with the platform's fetch. */
export class FetchMiddleware extends ChainedMiddleware {
  protected async handle(context: GraphContext): Promise<void> {
    context.response = await fetch(context.request, context.options);
  }
}
