import type { GraphRouteContext, SeededOrg } from './types';
import type { BotState } from './bot/bot-state';
import type { CalendarStore } from './calendar/calendar-store';
import type { ControllableClock } from './clock';
import type { PermissionGrant } from './demo-tenant';
import type { SigningKey } from './entra/signing-key';
import type { TokenService } from './entra/token-service';
import type { ChannelMessageStore } from './graph/channel-messages';
import type { Knobs } from './graph/knobs';
import type { MailboxLimiter } from './graph/mailbox-limiter';
import type { RequestStats } from './graph/request-stats';

/** The emulator's state and services, shared by its routers. */
export interface EmulatorCore {
  org: SeededOrg;
  clock: ControllableClock;
  grant: PermissionGrant;
  knobs: Knobs;
  stats: RequestStats;
  limiter: MailboxLimiter;
  messages: ChannelMessageStore;
  calendar: CalendarStore;
  bot: BotState;
  tokens: TokenService;
  entraKey: SigningKey;
  botKey: SigningKey;
  ctx: GraphRouteContext;
  publicUrl(): string;
  /** Where our bot replies: the Bot Connector stand-in. */
  serviceUrl(): string;
  /** Back to the seeded state: grant, knobs, clock, stats, limits, messages, calendars, bot log. */
  reset(): void;
}
