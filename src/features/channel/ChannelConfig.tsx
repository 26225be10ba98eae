import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import { useEffect, useState } from 'react';
import { ApiProblem } from '../../api-client/api-problem';
import { useMyPrograms, useUpdateProgram } from '../../api-client/programs';
import { RouteLink } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { useFormStyles } from '../../components/Form.styles';
import { FormProblem } from '../../components/FormProblem';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useTeamsChannel } from './teams-channel';

const channelError = (error: unknown) =>
  error instanceof ApiProblem ? error.fieldErrors['summaryChannel'] : undefined;

/**
 * `/config`, the channel tab's configuration page: the owner picks one of their programs, and saving binds this
 * channel as the program's summary channel (`PATCH /api/programs/{id}`) before Teams saves the tab. Outside Teams
 * there is no channel to read, so the owner may type its team and channel ids instead.
 */
export function ChannelConfig({ inTeams }: { inTeams: boolean }) {
  const styles = useFormStyles();
  const programs = useMyPrograms();
  const bind = useUpdateProgram();
  const bindChannel = bind.mutateAsync;
  const teamsChannel = useTeamsChannel(inTeams);
  const [chosen, setChosen] = useState('');
  const [typed, setTyped] = useState({ teamId: '', channelId: '' });
  const program = programs.data?.find((p) => p.id === chosen);

  useEffect(() => {
    if (!inTeams) return;
    pages.config.setValidityState(Boolean(program && teamsChannel));
    if (!program || !teamsChannel) return;
    pages.config.registerOnSaveHandler((save) => {
      const contentUrl = `${location.origin}/channel?programId=${encodeURIComponent(program.id)}`;
      const summaryChannel = { teamId: teamsChannel.teamId, channelId: teamsChannel.channelId };
      bindChannel({ programId: program.id, summaryChannel })
        .then(() =>
          pages.config.setConfig({
            entityId: `program-${program.id}`,
            contentUrl,
            websiteUrl: contentUrl,
            suggestedDisplayName: program.name,
          }),
        )
        .then(
          () => save.notifySuccess(),
          (error: unknown) =>
            save.notifyFailure(
              channelError(error) ?? (error instanceof Error ? error.message : 'The tab could not be saved.'),
            ),
        );
    });
  }, [inTeams, program, teamsChannel, bindChannel]);

  return (
    <>
      <PageHeader
        title="Show a program in this channel"
        description="The tab shows the program's cohorts, how enrollment is going and the join link, and the pods' session summaries are posted here. No one's words are ever shown in the tab."
      />
      {programs.isPending ? (
        <LoadingState label="Loading your programs…" />
      ) : programs.isError ? (
        <ErrorState error={programs.error} onRetry={() => void programs.refetch()} />
      ) : programs.data.length === 0 ? (
        <EmptyState
          title="You do not run any program yet"
          description="Create a program in the PeerPods app first; then add this tab again."
        />
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
        teamsChannel === undefined ? (
          <LoadingState label="Reading the channel…" />
        ) : teamsChannel === null ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              This tab belongs in a team channel: add it to a channel, not to a chat or meeting.
            </MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <Body1>
              Choose a program, then select Save: its session summaries will be posted to{' '}
              {teamsChannel.name ? `“${teamsChannel.name}”` : 'this channel'}.
            </Body1>
            <FormProblem problem={bind.error} fields={[]} />
          </>
        )
      ) : (
        <form
          className={styles.form}
          aria-label="Channel by id"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (program)
              bind.mutate({
                programId: program.id,
                summaryChannel: { teamId: typed.teamId.trim(), channelId: typed.channelId.trim() },
              });
          }}
        >
          <MessageBar intent="info">
            <MessageBarBody>
              This page is meant for Teams: add PeerPods as a tab to a team channel and the channel is picked
              up by itself. Here you can bind a channel by its ids instead (in Teams: the channel’s ⋯ menu,
              Get link to channel: <code>groupId</code> is the team, the part after <code>/channel/</code> the
              channel).
            </MessageBarBody>
          </MessageBar>
          <Field label="Team id" required>
            <Input value={typed.teamId} onChange={(_e, d) => setTyped((t) => ({ ...t, teamId: d.value }))} />
          </Field>
          <Field
            label="Channel id"
            required
            validationMessage={channelError(bind.error)}
            validationState={channelError(bind.error) ? 'error' : 'none'}
          >
            <Input
              value={typed.channelId}
              onChange={(_e, d) => setTyped((t) => ({ ...t, channelId: d.value }))}
            />
          </Field>
          <FormProblem problem={channelError(bind.error) ? null : bind.error} fields={['summaryChannel']} />
          <div>
            <Button
              type="submit"
              appearance="primary"
              disabled={!program || !typed.teamId.trim() || !typed.channelId.trim() || bind.isPending}
            >
              Bind the channel
            </Button>
          </div>
          {bind.isSuccess && program && (
            <MessageBar intent="success">
              <MessageBarBody>
                Session summaries of {program.name} now go to that channel.{' '}
                <RouteLink to={`/channel?programId=${program.id}`}>Preview the channel tab</RouteLink>
              </MessageBarBody>
            </MessageBar>
          )}
        </form>
      )}
    </>
  );
}
