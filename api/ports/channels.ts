import type { Acting } from './identity';

/** A Teams channel: the team's group id and the channel's thread id. */
export interface ChannelAddress {
  teamId: string;
  channelId: string;
}

/** Posts to Teams channels through Graph; needs the user's delegated ChannelMessage.Send (there is no app-only post). */
export interface ChannelPoster {
  /** Posts one Adaptive Card as the signed-in user; resolves to the new message's id. */
  postCard(acting: Acting, channel: ChannelAddress, card: object): Promise<{ messageId: string }>;
}

/** A channel as Graph reports it to whoever asks. */
export interface ChannelInfo {
  id: string;
  displayName: string;
}

/** Reads Teams channels through Graph. */
export interface ChannelDirectory {
  /** The channel, or null when its team or the channel does not exist or is not visible to `acting`. */
  getChannel(acting: Acting, channel: ChannelAddress): Promise<ChannelInfo | null>;
}
