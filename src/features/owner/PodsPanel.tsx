import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CohortView } from '../../../api/http/schemas';
import { usePodProposal, useProposePods, usePublishPods } from '../../api-client/pods';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { withNames } from './people-names';
import { PodCard } from './PodCard';
import { usePodsPanelStyles } from './PodsPanel.styles';

/** Propose pods, review how well each fits, change members, publish. */
export function PodsPanel({ cohort }: { cohort: CohortView }) {
  const styles = usePodsPanelStyles();
  const proposal = usePodProposal(cohort.id);
  const propose = useProposePods(cohort.id);
  const publish = usePublishPods(cohort.id);
  const [confirming, setConfirming] = useState(false);

  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const pod of proposal.data?.pods ?? []) for (const m of pod.members) map.set(m.id, m.displayName);
    return map;
  }, [proposal.data]);

  if (proposal.isPending) return <LoadingState label="Loading the pod proposal…" />;
  if (proposal.isError) return <ErrorState error={proposal.error} onRetry={() => void proposal.refetch()} />;

  const open = cohort.status === 'enrolling' || cohort.status === 'proposed';
  const proposeButton = (label: string, appearance: 'primary' | 'secondary') => (
    <Button
      appearance={appearance}
      disabled={propose.isPending || cohort.enrolled < 2}
      onClick={() =>
        propose.mutate(label === 'Propose pods' ? undefined : Math.floor(Math.random() * 2 ** 31))
      }
    >
      {propose.isPending ? 'Proposing…' : label}
    </Button>
  );

  if (!proposal.data) {
    return (
      <div className={styles.stack}>
        <EmptyState
          title="No pods proposed yet"
          description={
            cohort.enrolled < 2
              ? 'Pods need at least two enrolled people. Enroll people first.'
              : `PeerPods groups the ${cohort.enrolled} enrolled people into pods of ${cohort.podSizeMin}–${cohort.podSizeMax}: similar level, mixed functions, nobody with their manager, and working hours that overlap for a whole session. You can change any pod before publishing.`
          }
          action={open ? proposeButton('Propose pods', 'primary') : undefined}
        />
        {propose.isError ? <ErrorState error={propose.error} /> : null}
      </div>
    );
  }

  const p = proposal.data;
  const published = p.pods.some((pod) => pod.published);
  const people = p.pods.reduce((sum, pod) => sum + pod.members.length, 0);
  return (
    <div className={styles.stack}>
      <Body1 className={styles.summary}>
        {p.pods.length} pods for {people} people.{' '}
        {published
          ? 'Published: members can see their pod.'
          : 'Only you can see this proposal until you publish it.'}
      </Body1>
      {p.unmet.length ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {p.unmet.length === 1 ? 'One rule is not met' : `${p.unmet.length} rules are not met`}
            </MessageBarTitle>
            <ul>
              {p.unmet.map((v, i) => (
                <li key={i}>{withNames(v.why, names)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="success">
          <MessageBarBody>Every pod meets every rule.</MessageBarBody>
        </MessageBar>
      )}
      {open ? (
        <div className={styles.toolbar}>
          <Dialog open={confirming} onOpenChange={(_e, d) => setConfirming(d.open)}>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">Publish pods</Button>
            </DialogTrigger>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>Publish {p.pods.length} pods?</DialogTitle>
                <DialogContent>
                  Members will see their pod and who is in it. Enrollment closes; you then schedule the cohort
                  to book every pod&apos;s meetings.
                </DialogContent>
                <DialogActions>
                  <DialogTrigger disableButtonEnhancement>
                    <Button>Not yet</Button>
                  </DialogTrigger>
                  <Button
                    appearance="primary"
                    disabled={publish.isPending}
                    onClick={() => publish.mutate(undefined, { onSettled: () => setConfirming(false) })}
                  >
                    {publish.isPending ? 'Publishing…' : 'Publish'}
                  </Button>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
          {proposeButton('Propose different pods', 'secondary')}
        </div>
      ) : null}
      {publish.isError ? <ErrorState error={publish.error} title="The pods could not be published" /> : null}
      {propose.isError ? <ErrorState error={propose.error} title="Pods could not be proposed" /> : null}
      <ul className={styles.grid} aria-label="Proposed pods">
        {p.pods.map((pod) => (
          <li key={pod.id}>
            <PodCard cohortId={cohort.id} pod={pod} pods={p.pods} names={names} editable={open} />
          </li>
        ))}
      </ul>
    </div>
  );
}
