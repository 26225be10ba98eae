import { z } from 'zod';

/** Behaviour knobs, settable through the control API. */
export const Knobs = z.object({
  /** Added delay per operation name (e.g. getSchedule, createEvent); `default` applies to the rest. */
  latencyMs: z.record(z.string(), z.number().int().min(0).max(120_000)),
  throttling: z.object({
    enabled: z.boolean(),
    /** Outlook: concurrent requests per app per mailbox. */
    concurrency: z.number().int().min(1),
    /** Outlook: requests per app per mailbox per window. */
    perWindow: z.number().int().min(1),
    windowMs: z.number().int().min(1),
  }),
  chaos: z.object({
    rate429: z.number().min(0).max(1),
    rate503: z.number().min(0).max(1),
    rateTimeout: z.number().min(0).max(1),
    /** How long a chaos timeout holds the response before answering 504. */
    timeoutMs: z.number().int().min(0).max(300_000),
    seed: z.number().int(),
  }),
  /**
   * "Lost answer": the operation is performed (the event created, the message posted) and then its answer is
   * lost: a 504 or a dropped connection, as a timeout between the client and the service looks to the client.
   */
  lostAnswer: z.object({
    rate: z.number().min(0).max(1),
    /** Operation names: createEvent, postChannelMessage, botCreateConversation, botSendActivity. */
    operations: z.array(z.string().min(1)),
    mode: z.enum(['gateway-timeout', 'drop']),
    seed: z.number().int(),
  }),
  /** Wall-clock delay before a person's consent (the consent page) is honoured by on-behalf-of. */
  consentPropagationMs: z.number().int().min(0).max(600_000),
});
export type Knobs = z.infer<typeof Knobs>;

/** A partial update; nested objects merge. */
export const KnobsPatch = z.object({
  latencyMs: Knobs.shape.latencyMs.optional(),
  throttling: Knobs.shape.throttling.partial().optional(),
  chaos: Knobs.shape.chaos.partial().optional(),
  lostAnswer: Knobs.shape.lostAnswer.partial().optional(),
  consentPropagationMs: Knobs.shape.consentPropagationMs.optional(),
});
export type KnobsPatch = z.infer<typeof KnobsPatch>;

export function defaultKnobs(): Knobs {
  return {
    latencyMs: { default: 0 },
    throttling: { enabled: true, concurrency: 4, perWindow: 10_000, windowMs: 600_000 },
    chaos: { rate429: 0, rate503: 0, rateTimeout: 0, timeoutMs: 10_000, seed: 1 },
    lostAnswer: {
      rate: 0,
      operations: ['createEvent', 'postChannelMessage', 'botCreateConversation', 'botSendActivity'],
      mode: 'gateway-timeout',
      seed: 1,
    },
    consentPropagationMs: 2_000,
  };
}

export function mergeKnobs(current: Knobs, patch: KnobsPatch): Knobs {
  return {
    latencyMs: patch.latencyMs ? { ...current.latencyMs, ...patch.latencyMs } : current.latencyMs,
    throttling: { ...current.throttling, ...patch.throttling },
    chaos: { ...current.chaos, ...patch.chaos },
    lostAnswer: { ...current.lostAnswer, ...patch.lostAnswer },
    consentPropagationMs: patch.consentPropagationMs ?? current.consentPropagationMs,
  };
}

export function latencyFor(knobs: Knobs, operation: string): number {
  return knobs.latencyMs[operation] ?? knobs.latencyMs.default ?? 0;
}
