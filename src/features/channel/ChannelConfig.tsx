import { Body1, Field, MessageBar, MessageBarBody, Radio, RadioGroup } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import { useEffect, useState } from 'react';
import { useMyPrograms } from '../../api-client/programs';
import { RouteLink } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';

/**
 * `/config`, the channel tab's configuration page: the owner picks the program whose summary this channel shows.
 * Inside Teams the choice is saved with `pages.config`; in a browser it only previews.
 */
export function ChannelConfig({ inTeams }: { inTeams: boolean }) {
  const programs = useMyPrograms();
  const [chosen, setChosen] = useState('');
  const program = programs.data?.find((p) => p.id === chosen);

  useEffect(() => {
    if (!inTeams) return;
    pages.config.setValidityState(Boolean(program));
    if (!program) return;
    pages.config.registerOnSaveHandler((save) => {
      const contentUrl = `${location.origin}/channel?programId=${encodeURIComponent(program.id)}`;
      pages.config
        .setConfig({ entityId: `program-${program.id}`, contentUrl, websiteUrl: contentUrl, suggestedDisplayName: program.name })
        .then(() => save.notifySuccess(), (error: unknown) => save.notifyFailure(error instanceof Error ? error.message : 'The tab could not be saved.'));
    });
  }, [inTeams, program]);

  return (
    <>
      <PageHeader title="Show a program in this channel" description="The tab shows the program's cohorts, how enrollment is going and the join link, so the channel can follow along. No one's words are ever shown." />
      {programs.isPending ? (
        <LoadingState label="Loading your programs…" />
      ) : programs.isError ? (
        <ErrorState error={programs.error} onRetry={() => void programs.refetch()} />
      ) : programs.data.length === 0 ? (
        <EmptyState title="You do not run any program yet" description="Create a program in the PeerPods app first; then add this tab again." />
      ) : (
        <Field label="Program" required>
          <RadioGroup value={chosen} onChange={(_e, d) => setChosen(d.value)}>
            {programs.data.map((p) => (
              <Radio key={p.id} value={p.id} label={p.name} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {inTeams ? (
        <Body1>Choose a program, then select Save.</Body1>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>
            Outside Teams nothing is saved.{' '}
            {program ? <RouteLink to={`/channel?programId=${program.id}`}>Preview the channel tab</RouteLink> : 'Choose a program to preview the channel tab.'}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
