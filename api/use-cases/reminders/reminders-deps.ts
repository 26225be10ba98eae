import type { Logger } from 'pino';
import type { BotConnector, Clock, SessionCards, Storage } from '../../ports';

/** What proactive reminders and the bot's record of who it can reach need. */
export interface RemindersDeps extends Storage {
  bot: BotConnector;
  cards: SessionCards;
  clock: Clock;
  logger: Logger;
}
