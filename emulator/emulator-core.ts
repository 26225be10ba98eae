import type { SeededOrg } from './types';
import type { BotState } from './bot/bot-state';
import type { ControllableClock } from './clock';
import type { SigningKey } from './entra/signing-key';
import type { Knobs } from './graph/knobs';
import type { LostAnswers } from './graph/lost-answer';
import type { MailboxLimiter } from './graph/mailbox-limiter';
import type { RequestStats } from './graph/request-stats';
import type { TenantRegistry } from './tenants/tenant-registry';

/** The emulator's state and services, shared by its routers. */
export interface EmulatorCore {
  tenants: TenantRegistry;
  /** The home (demo) tenant's organization. */
  org: SeededOrg;
  clock: ControllableClock;
  knobs: Knobs;
  stats: RequestStats;
  limiter: MailboxLimiter;
  lostAnswers: LostAnswers;
  bot: BotState;
  botKey: SigningKey;
  publicUrl(): string;
  /** Where our bot replies: the Bot Connector stand-in. */
  serviceUrl(): string;
  /** Back to the seeded state: every tenant's people, grant, consents, events and messages; knobs, clock, stats, limits, bot. */
  reset(): void;
}
