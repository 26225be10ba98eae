import type { Activity } from '@microsoft/teams.api';
import type { Logger } from 'pino';
import { AppError, ValidationError, ForbiddenError } from '../errors';
import { CheckOutSubmission } from '../http/schemas/sessions';
import { validate } from '../http/validate';
import { listMyPods, type MyPod } from '../use-cases/sessions/list-my-pods';
import { loadSessionForMember } from '../use-cases/access';
import { recordCheckOut } from '../use-cases/sessions/record-check-out';
import type { Member } from '../ports';
import type { SessionsDeps } from '../use-cases/sessions/sessions-deps';
import { memberOf } from './activity-identity';
import { querySearchText, submittedData } from './activity-payloads';
import { cardAttachment, cardInstant, type AdaptiveCard } from './cards/adaptive-card';
import { checkoutFormCard } from './cards/checkout-form-card';
import { checkoutSavedCard } from './cards/checkout-saved-card';
import { errorCard } from './cards/error-card';
import { podCard, podPreview } from './cards/pod-card';

export interface MessageExtensionDeps extends Pick<SessionsDeps, 'store' | 'transact' | 'clock'> {
  logger: Logger;
  allowedTenantIds: readonly string[];
  /** Public origin of the app, for agenda links. */
  publicUrl: string;
}

const MAX_RESULTS = 25;
const unknownUser = () => new ForbiddenError('PeerPods could not tell who you are in a tenant it serves.');

/** `composeExtension/query` ("My pods"): the caller's pods with their next session, join and agenda links. */
export async function onQuery(deps: MessageExtensionDeps, activity: Activity) {
  return guard(
    deps,
    'query',
    async () => {
      const member = memberOf(activity, deps.allowedTenantIds);
      if (!member) throw unknownUser();
      const pods = await listMyPods(deps, member, querySearchText(activity));
      const attachments = pods.slice(0, MAX_RESULTS).map((pod) => {
        const input = podCardInput(deps, pod);
        return { ...cardAttachment(podCard(input)), preview: podPreview(input) };
      });
      return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
    },
    (card) => ({
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: [
          {
            ...cardAttachment(card),
            preview: {
              contentType: 'application/vnd.microsoft.card.thumbnail',
              content: { title: 'PeerPods could not search' },
            },
          },
        ],
      },
    }),
  );
}

/** `composeExtension/fetchTask` ("Check out"): the check-out form for a session the caller can check out of. */
export async function onOpen(deps: MessageExtensionDeps, activity: Activity) {
  return guard(
    deps,
    'open',
    async () => {
      const member = memberOf(activity, deps.allowedTenantIds);
      if (!member) throw unknownUser();
      return taskCard(await formFor(deps, member));
    },
    taskCard,
  );
}

/** `composeExtension/submitAction`: validates the form, saves it exactly as the tab does, returns a postable card. */
export async function onSubmit(deps: MessageExtensionDeps, activity: Activity) {
  const data = submittedData(activity);
  const member = memberOf(activity, deps.allowedTenantIds);
  return guard(
    deps,
    'submit',
    async () => {
      if (!member) throw unknownUser();
      const input = validate(CheckOutSubmission, data);
      const { sessionId, ...checkout } = input;
      await recordCheckOut(deps, member, sessionId, checkout);
      const { pod, session, count } = await loadSessionForMember(
        deps.store(member.tenantId),
        member,
        sessionId,
      );
      const card = checkoutSavedCard({
        podName: pod.name,
        seq: session.seq,
        count,
        sharedInsight: checkout.shareable ? checkout.insight : null,
      });
      return {
        composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [cardAttachment(card)] },
      };
    },
    async (card, error) => {
      // A form the member can fix comes back with their text and the problem; anything else is an error card.
      if (error instanceof ValidationError && member) {
        const fields = error.errors?.map((e) => `${e.field}: ${e.message}`).join('; ') ?? error.message;
        const values = typeof data === 'object' && data ? (data as Record<string, unknown>) : {};
        return taskCard(
          await formFor(deps, member, `Please fix: ${fields}`, stringValues(values)).catch(() => card),
        );
      }
      return taskCard(card);
    },
  );
}

async function formFor(
  deps: MessageExtensionDeps,
  member: Member,
  error?: string,
  values?: Parameters<typeof checkoutFormCard>[0]['values'],
): Promise<AdaptiveCard> {
  const pods = await listMyPods(deps, member);
  const sessions = pods.flatMap((pod) =>
    pod.open.map((s) => ({
      id: s.sessionId,
      label: `${pod.podName}: session ${s.seq} of ${s.count} (${cardInstant(s.startsAt).slice(0, 10)})`,
    })),
  );
  if (sessions.length === 0)
    return errorCard(
      'You have no session to check out of right now: a session opens for check-out once it starts, until it is closed.',
    );
  return checkoutFormCard({ sessions, ...(values ? { values } : {}), ...(error ? { error } : {}) });
}

function podCardInput(deps: MessageExtensionDeps, pod: MyPod) {
  const next = pod.next;
  return {
    podName: pod.podName,
    next: next && {
      sessionId: next.sessionId,
      seq: next.seq,
      count: next.count,
      startsAt: cardInstant(next.startsAt),
      joinUrl: next.joinUrl,
      agendaUrl: `${deps.publicUrl}/sessions/${next.sessionId}/agenda`,
    },
  };
}

const taskCard = (card: AdaptiveCard) => ({
  task: {
    type: 'continue',
    value: { title: 'Check out', height: 'medium', width: 'medium', card: cardAttachment(card) },
  },
});

function stringValues(values: Record<string, unknown>) {
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    sessionId: text(values.sessionId),
    insight: text(values.insight),
    commitment: text(values.commitment),
    shareable: values.shareable === true || values.shareable === 'true',
    showName: values.showName === true || values.showName === 'true',
  };
}

/** Every failure becomes a card for the user, never a 500; unexpected ones are logged without the payload. */
async function guard<T, F>(
  deps: MessageExtensionDeps,
  command: string,
  work: () => Promise<T>,
  onError: (card: AdaptiveCard, error: unknown) => F | Promise<F>,
): Promise<T | F> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) {
      deps.logger.info({ command, code: error.code, kind: error.kind }, 'message extension refused');
      return onError(
        errorCard(error.message, error instanceof ValidationError ? (error.errors ?? []) : []),
        error,
      );
    }
    deps.logger.error({ command, errorName: (error as Error)?.name }, 'message extension failed');
    return onError(errorCard('Something went wrong on our side. Try again in a moment.'), error);
  }
}
