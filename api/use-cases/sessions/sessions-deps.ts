import type { ChannelPoster, Clock, SessionCards, Storage } from '../../ports';

/** What the session loop (agenda, check-in, check-out, close, feedback, my pods) needs. */
export interface SessionsDeps extends Storage {
  clock: Clock;
  /** Posts session summaries to program channels, as the closing member. */
  channels: ChannelPoster;
  cards: SessionCards;
}
