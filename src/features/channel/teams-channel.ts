import { app } from '@microsoft/teams-js';
import { useEffect, useState } from 'react';

/** A Teams channel by its team's group id and its thread id, as the API's summaryChannel takes it. */
export interface TeamsChannel {
  teamId: string;
  channelId: string;
  name: string | undefined;
}

/**
 * The team and channel the tab is being added to, from the Teams context; null outside a channel (or outside Teams),
 * undefined while it is read.
 */
export function useTeamsChannel(inTeams: boolean): TeamsChannel | null | undefined {
  const [channel, setChannel] = useState<TeamsChannel | null | undefined>(inTeams ? undefined : null);
  useEffect(() => {
    if (!inTeams) return;
    let live = true;
    app.getContext().then(
      (context) => {
        const teamId = context.team?.groupId;
        const channelId = context.channel?.id;
        if (live)
          setChannel(teamId && channelId ? { teamId, channelId, name: context.channel?.displayName } : null);
      },
      () => live && setChannel(null),
    );
    return () => {
      live = false;
    };
  }, [inTeams]);
  return channel;
}
