import { COMMITMENT_MAX, INSIGHT_MAX } from '../../http/schemas/sessions';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptive-card';

export interface CheckoutFormInput {
  sessions: { id: string; label: string }[];
  /** Values to show again, e.g. after a failed submit or for an edit. */
  values?: {
    sessionId?: string;
    insight?: string;
    commitment?: string;
    shareable?: boolean;
    showName?: boolean;
  };
  /** Shown above the form after a failed submit. */
  error?: string;
}

/** The check-out form of the message extension's "Check out" action (a task module). */
export function checkoutFormCard({ sessions, values = {}, error }: CheckoutFormInput): AdaptiveCard {
  return adaptiveCard(
    [
      ...(error ? [textBlock(error, { color: 'Attention', weight: 'Bolder' })] : []),
      {
        type: 'Input.ChoiceSet',
        id: 'sessionId',
        label: 'Session',
        isRequired: true,
        value: values.sessionId ?? sessions[0]?.id ?? '',
        choices: sessions.map((s) => ({ title: s.label, value: s.id })),
      },
      {
        type: 'Input.Text',
        id: 'insight',
        label: 'One insight',
        isMultiline: true,
        isRequired: true,
        maxLength: INSIGHT_MAX,
        value: values.insight ?? '',
      },
      {
        type: 'Input.Text',
        id: 'commitment',
        label: 'One commitment',
        isMultiline: true,
        isRequired: true,
        maxLength: COMMITMENT_MAX,
        value: values.commitment ?? '',
      },
      {
        type: 'Input.Toggle',
        id: 'shareable',
        title: 'My insight may appear in the program channel summary',
        value: values.shareable ? 'true' : 'false',
        valueOn: 'true',
        valueOff: 'false',
      },
      {
        type: 'Input.Toggle',
        id: 'showName',
        title: 'Show my name next to it',
        value: values.showName ? 'true' : 'false',
        valueOn: 'true',
        valueOff: 'false',
      },
      textBlock('Your commitment stays in your pod; it comes back at the next check-in.', {
        isSubtle: true,
        size: 'Small',
      }),
    ],
    [{ type: 'Action.Submit', title: 'Save check-out' }],
  );
}
