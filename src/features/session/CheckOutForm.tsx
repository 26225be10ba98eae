import { Button, Field, MessageBar, MessageBarBody, Switch, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { CheckOutBody, COMMITMENT_MAX, INSIGHT_MAX, type CheckOutView } from '../../../api/http/schemas';
import { useCheckOut } from '../../api-client/sessions';
import { useFormStyles } from '../../components/Form.styles';
import { FormProblem } from '../../components/FormProblem';
import { useZodForm } from '../../components/use-zod-form';

/** One insight and one commitment; the insight leaves the pod only if its author marks it shareable. */
export function CheckOutForm({
  sessionId,
  existing,
  closed,
}: {
  sessionId: string;
  existing: CheckOutView | undefined;
  closed: boolean;
}) {
  const styles = useFormStyles();
  const checkOut = useCheckOut(sessionId);
  const [saved, setSaved] = useState(Boolean(existing));
  const form = useZodForm(CheckOutBody, {
    insight: existing?.insight ?? '',
    commitment: existing?.commitment ?? '',
    shareable: existing?.shareable ?? false,
    showName: existing?.showName ?? false,
  });
  const v = form.values;
  return (
    <form
      className={styles.form}
      noValidate
      aria-label="Check-out"
      onSubmit={form.handleSubmit(async (body) => {
        await checkOut.mutateAsync(body);
        setSaved(true);
      })}
    >
      <Field
        label="One insight from today"
        required
        hint={`What did you learn or see differently? Up to ${INSIGHT_MAX} characters.`}
        {...form.fieldProps('insight')}
      >
        <Textarea
          value={v.insight}
          resize="vertical"
          disabled={closed}
          onChange={(_e, d) => form.update('insight', (c) => ({ ...c, insight: d.value }))}
          onBlur={() => form.touch('insight')}
        />
      </Field>
      <Field
        label="One commitment to act on before next session"
        required
        hint={`Small and testable: the pod will ask you about it. Up to ${COMMITMENT_MAX} characters.`}
        {...form.fieldProps('commitment')}
      >
        <Textarea
          value={v.commitment}
          resize="vertical"
          disabled={closed}
          onChange={(_e, d) => form.update('commitment', (c) => ({ ...c, commitment: d.value }))}
          onBlur={() => form.touch('commitment')}
        />
      </Field>
      <Switch
        checked={v.shareable ?? false}
        disabled={closed}
        label="Share my insight in the program channel's summary (the commitment always stays in the pod)"
        onChange={(_e, d) =>
          form.update('shareable', (c) => ({
            ...c,
            shareable: d.checked,
            showName: d.checked ? c.showName : false,
          }))
        }
      />
      {v.shareable ? (
        <Switch
          checked={v.showName ?? false}
          disabled={closed}
          label="Show my name next to it (otherwise it is anonymous)"
          onChange={(_e, d) => form.update('showName', (c) => ({ ...c, showName: d.checked }))}
        />
      ) : null}
      <FormProblem problem={form.problem} fields={['insight', 'commitment', 'shareable', 'showName']} />
      {closed ? null : (
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={form.submitting}>
            {form.submitting ? 'Saving…' : saved ? 'Update check-out' : 'Check out'}
          </Button>
        </div>
      )}
      {saved && !form.submitting && !form.problem ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {closed
              ? 'Your check-out is saved; the session is closed.'
              : 'Checked out. You can change it until the session is closed.'}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
