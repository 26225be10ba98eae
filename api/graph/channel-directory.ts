import { z } from 'zod';
import { UpstreamError } from '../errors';
import type { Acting, ChannelAddress, ChannelDirectory, ChannelInfo } from '../ports';
import type { GraphGateway } from './graph-client';

const GraphChannel = z.object({ id: z.string().min(1), displayName: z.string() });

/** Channels through Graph `GET /teams/{team}/channels/{channel}` (delegated Channel.ReadBasic.All). */
export class GraphChannelDirectory implements ChannelDirectory {
  constructor(private readonly graph: GraphGateway) {}

  async getChannel(acting: Acting, channel: ChannelAddress): Promise<ChannelInfo | null> {
    try {
      const found = await this.graph.call({
        acting,
        path: `/teams/${encodeURIComponent(channel.teamId)}/channels/${encodeURIComponent(channel.channelId)}`,
        query: { $select: 'id,displayName' },
        schema: GraphChannel,
      });
      return { id: found.id, displayName: found.displayName };
    } catch (error) {
      // Graph answers 404 for an unknown team or channel and 400 for an id that is not a team or thread id at all.
      if (error instanceof UpstreamError && (error.upstream.status === 404 || error.upstream.status === 400))
        return null;
      throw error;
    }
  }
}
