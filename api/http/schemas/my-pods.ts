import { z } from 'zod';

const MyPodSessionView = z.object({
  sessionId: z.uuid(),
  seq: z.number().int(),
  count: z.number().int(),
  startsAt: z.iso.datetime(),
  joinUrl: z.string().nullable(),
});

/** `GET /api/me/pods`: the caller's published pods, each with its next session and the sessions open for check-out. */
export const MyPodsResponse = z.object({
  value: z.array(
    z.object({
      podId: z.string(),
      podName: z.string(),
      /** The next session not yet over, or null. */
      next: MyPodSessionView.nullable(),
      /** Started and not closed, latest first. */
      open: z.array(MyPodSessionView),
    }),
  ),
});
export type MyPodsView = z.infer<typeof MyPodsResponse>;
