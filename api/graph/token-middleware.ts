import type { TokenProvider } from '../ports';
import { ChainedMiddleware } from './chained-middleware';
import { callOptionsOf, setRequestHeader, type GraphContext } from './graph-call-options';

/** Attaches a delegated (OBO) or app-only token, chosen per call by its `acting`. */
export class TokenMiddleware extends ChainedMiddleware {
  constructor(private readonly tokens: TokenProvider) {
    super();
  }

  protected async handle(context: GraphContext): Promise<void> {
    const options = callOptionsOf(context);
    if (!options) throw new Error('Graph call without GraphCallOptions: say who it acts as');
    const token =
      options.acting.as === 'user'
        ? await this.tokens.getOnBehalfOfToken(options.acting.caller)
        : await this.tokens.getAppToken(options.acting.tenantId);
    setRequestHeader(context, 'Authorization', `Bearer ${token}`);
    await this.forward(context);
  }
}
