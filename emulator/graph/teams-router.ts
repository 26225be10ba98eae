import { Router, type Request } from 'express';
import { GraphError, type EmulatorTeam, type GraphRouteContext, type PermissionRule } from '../types';
import { nameOperation } from './operation-scope';
import { PostChannelMessageBody, validateChannelMessage, type ChannelMessageStore } from './channel-messages';

const READ_CHANNELS: PermissionRule = {
  delegated: ['Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'ChannelSettings.ReadWrite.All'],
  application: [
    'Channel.ReadBasic.All',
    'ChannelSettings.Read.All',
    'ChannelSettings.ReadWrite.All',
    'ChannelSettings.Read.Group',
  ],
};
// There is no application permission for posting: app-only posts exist only for migration.
const SEND_MESSAGE: PermissionRule = { delegated: ['ChannelMessage.Send'], application: [] };
const READ_MESSAGES: PermissionRule = {
  delegated: ['ChannelMessage.Read.All'],
  application: ['ChannelMessage.Read.All', 'ChannelMessage.Read.Group'],
};

/** Graph teams routes: channels and channel messages. */
export function createTeamsRouter(
  ctx: GraphRouteContext,
  deps: { teams: () => readonly EmulatorTeam[]; messages: ChannelMessageStore; publicUrl: () => string },
): Router {
  const router = Router();
  const context = (suffix: string) => `${deps.publicUrl()}/v1.0/$metadata#${suffix}`;
  const findTeam = (req: Request) => {
    const team = deps.teams().find((t) => t.id.toLowerCase() === String(req.params.teamId).toLowerCase());
    if (!team)
      throw new GraphError(404, 'NotFound', `No team found with Group Id ${String(req.params.teamId)}`);
    return team;
  };
  const findChannel = (req: Request) => {
    const team = findTeam(req);
    const channel = team.channels.find((c) => c.id === String(req.params.channelId));
    if (!channel) throw new GraphError(404, 'NotFound', 'Channel not found.');
    return { team, channel };
  };
  const channelJson = (team: EmulatorTeam, c: EmulatorTeam['channels'][number]) => ({
    id: c.id,
    createdDateTime: '2023-01-09T10:00:00Z',
    displayName: c.displayName,
    description: c.description ?? null,
    email: '',
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(c.id)}/${encodeURIComponent(c.displayName)}?groupId=${team.id}&tenantId=${ctx.tenantId}`,
    membershipType: 'standard',
    tenantId: ctx.tenantId,
  });

  router.get('/teams/:teamId/channels', (req, res) => {
    nameOperation('listChannels');
    ctx.authorize(req, READ_CHANNELS);
    const team = findTeam(req);
    res.json({
      '@odata.context': context(`teams('${team.id}')/channels`),
      '@odata.count': team.channels.length,
      value: team.channels.map((c) => channelJson(team, c)),
    });
  });

  router.get('/teams/:teamId/channels/:channelId', (req, res) => {
    nameOperation('getChannel');
    ctx.authorize(req, READ_CHANNELS);
    const { team, channel } = findChannel(req);
    res.json({
      '@odata.context': context(`teams('${team.id}')/channels/$entity`),
      ...channelJson(team, channel),
    });
  });

  router.post('/teams/:teamId/channels/:channelId/messages', (req, res) => {
    nameOperation('postChannelMessage');
    const caller = ctx.authorize(req, SEND_MESSAGE);
    const { team, channel } = findChannel(req);
    const parsed = PostChannelMessageBody.safeParse(req.body);
    if (!parsed.success)
      throw new GraphError(
        400,
        'BadRequest',
        `Invalid message: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    validateChannelMessage(parsed.data);
    const author = ctx.resolveUser(req, caller, 'me');
    const message = deps.messages.add(
      team.id,
      channel.id,
      parsed.data,
      author,
      ctx.tenantId,
      ctx.clock.now(),
    );
    res.status(201).json({
      '@odata.context': context(`teams('${team.id}')/channels('${channel.id}')/messages/$entity`),
      ...message,
    });
  });

  router.get('/teams/:teamId/channels/:channelId/messages', (req, res) => {
    nameOperation('listChannelMessages');
    ctx.authorize(req, READ_MESSAGES);
    const { team, channel } = findChannel(req);
    const messages = deps.messages.list(team.id, channel.id).reverse();
    res.json({
      '@odata.context': context(`teams('${team.id}')/channels('${channel.id}')/messages`),
      '@odata.count': messages.length,
      value: messages,
    });
  });

  return router;
}
