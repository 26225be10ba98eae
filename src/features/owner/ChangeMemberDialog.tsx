import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { z } from 'zod';
import type { PodChangeRequest, ProposedPodView } from '../../../api/http/schemas';
import { ApiProblem } from '../../api-client/api-problem';
import { useChangePods } from '../../api-client/pods';
import { ErrorState } from '../../components/ErrorState';

type Pod = z.infer<typeof ProposedPodView>;

/** Moves a member to another pod or swaps them with someone; a change that breaks a hard rule asks first. */
export function ChangeMemberDialog({
  cohortId,
  member,
  from,
  pods,
  onClose,
}: {
  cohortId: string;
  member: Pod['members'][number];
  from: Pod;
  pods: Pod[];
  onClose: () => void;
}) {
  const change = useChangePods(cohortId);
  const [choice, setChoice] = useState('');
  const others = pods.filter((pod) => pod.id !== from.id);

  const request = (force: boolean): PodChangeRequest | null => {
    const [kind, target] = choice.split(':');
    if (kind === 'move' && target) return { kind: 'move', person: member.id, toPod: target, force };
    if (kind === 'swap' && target) return { kind: 'swap', a: member.id, b: target, force };
    return null;
  };
  const submit = (force: boolean) => {
    const body = request(force);
    if (body) change.mutate(body, { onSuccess: onClose });
  };
  const breaksRule = change.error instanceof ApiProblem && change.error.status === 422;

  return (
    <Dialog open onOpenChange={(_e, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Move or swap {member.displayName}</DialogTitle>
          <DialogContent>
            <Field label={`Where should ${member.displayName} go?`} required>
              <RadioGroup
                value={choice}
                onChange={(_e, d) => {
                  setChoice(d.value);
                  change.reset();
                }}
              >
                {others.map((pod) => (
                  <Radio
                    key={`move:${pod.id}`}
                    value={`move:${pod.id}`}
                    label={`Move to ${pod.name} (${pod.members.length} members)`}
                  />
                ))}
                {others.flatMap((pod) =>
                  pod.members.map((m) => (
                    <Radio
                      key={`swap:${m.id}`}
                      value={`swap:${m.id}`}
                      label={`Swap with ${m.displayName} of ${pod.name}`}
                    />
                  )),
                )}
              </RadioGroup>
            </Field>
            {breaksRule ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>This change breaks a rule</MessageBarTitle>
                  <ul>
                    {Object.values((change.error as ApiProblem).fieldErrors).map((why) => (
                      <li key={why}>{why}</li>
                    ))}
                  </ul>
                  You can still make it; the pod will show the broken rule until you fix it.
                </MessageBarBody>
              </MessageBar>
            ) : change.isError ? (
              <ErrorState error={change.error} title="The change was not made" />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cancel</Button>
            {breaksRule ? (
              <Button appearance="primary" onClick={() => submit(true)} disabled={change.isPending}>
                Make the change anyway
              </Button>
            ) : (
              <Button
                appearance="primary"
                onClick={() => submit(false)}
                disabled={!choice || change.isPending}
              >
                {change.isPending ? 'Changing…' : 'Change'}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
