import { z } from 'zod';

/** `GET /api/client-config` (no sign-in needed): what the tab needs before anyone signs in. */
export const ClientConfigResponse = z.object({
  /** The local emulator's sign-in page; only present offline, never in production. */
  signInUrl: z.url().optional(),
});

export type ClientConfig = z.infer<typeof ClientConfigResponse>;
