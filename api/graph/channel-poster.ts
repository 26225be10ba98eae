import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Acting, ChannelAddress, ChannelPoster } from '../ports';
import type { GraphGateway } from './graph-client';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const PostedMessage = z.object({ id: z.string().min(1) });

/** Channel posts through Graph `POST /teams/{team}/channels/{channel}/messages`. */
export class GraphChannelPoster implements ChannelPoster {
  constructor(private readonly graph: GraphGateway) {}

  async postCard(acting: Acting, channel: ChannelAddress, card: object): Promise<{ messageId: string }> {
    const attachmentId = randomUUID();
    // Graph takes the card as a JSON string in an attachment that the body references by id.
    const message = await this.graph.call({
      acting,
      method: 'POST',
      path: `/teams/${encodeURIComponent(channel.teamId)}/channels/${encodeURIComponent(channel.channelId)}/messages`,
      body: {
        body: { contentType: 'html', content: `<attachment id="${attachmentId}"></attachment>` },
        attachments: [{ id: attachmentId, contentType: ADAPTIVE_CARD, content: JSON.stringify(card) }],
      },
      schema: PostedMessage,
    });
    return { messageId: message.id };
  }
}
