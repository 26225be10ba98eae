import type { Request, RequestHandler, Response } from 'express';
import { mulberry32, type Prng } from '../seed/prng';
import { GraphError } from '../types';
import { sendGraphError } from './graph-errors';
import type { Knobs } from './knobs';
import { currentOperation } from './operation-scope';

/** Decides, from a seeded generator, which successful answers of the listed operations are lost. */
export class LostAnswers {
  private seed: number | null = null;
  private rng: Prng = mulberry32(0);

  constructor(private readonly knobs: () => Knobs) {}

  /** True when the answer to this performed `operation` is to be lost. */
  lose(operation: string | undefined): boolean {
    const lost = this.knobs().lostAnswer;
    if (!operation || lost.rate <= 0 || !lost.operations.includes(operation)) return false;
    if (this.seed !== lost.seed) {
      this.seed = lost.seed;
      this.rng = mulberry32(lost.seed);
    }
    return this.rng() < lost.rate;
  }

  /** Fails the response of work already done: 504, or the connection dropped without an answer. */
  fail(req: Request, res: Response, send504: () => void): void {
    if (this.knobs().lostAnswer.mode === 'drop') {
      req.socket.destroy();
      return;
    }
    send504();
  }
}

/** For Graph routes: a 2xx JSON answer of a listed operation is replaced by a 504 (or a dropped connection). */
export function loseGraphAnswers(lost: LostAnswers): RequestHandler {
  return (req, res, next) => {
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode >= 300 || !lost.lose(currentOperation())) return json(body);
      res.json = json;
      lost.fail(req, res, () =>
        sendGraphError(
          res,
          new GraphError(
            504,
            'UnknownError',
            'The gateway did not receive a response from the service in time.',
          ),
        ),
      );
      return res;
    };
    next();
  };
}
