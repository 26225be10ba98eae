import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { CheckInBody, type CheckInView } from '../../../api/http/schemas';
import { useCheckIn } from '../../api-client/sessions';
import { useFormStyles } from '../../components/Form.styles';
import { FormProblem } from '../../components/FormProblem';
import { useZodForm } from '../../components/use-zod-form';

type Existing = Omit<CheckInView, 'commitment'>;

/** How I am showing up, and my report on last session's commitment when I made one. */
export function CheckInForm({
  sessionId,
  commitment,
  existing,
}: {
  sessionId: string;
  commitment: string | undefined;
  existing: Existing | undefined;
}) {
  const styles = useFormStyles();
  const checkIn = useCheckIn(sessionId);
  const [saved, setSaved] = useState(Boolean(existing));
  const form = useZodForm(CheckInBody, {
    mood: existing?.mood ?? '',
    commitmentStatus: existing?.commitmentStatus ?? undefined,
    note: existing?.note ?? undefined,
  });
  const v = form.values;
  return (
    <form
      className={styles.form}
      noValidate
      aria-label="Check-in"
      onSubmit={form.handleSubmit(async (body) => {
        await checkIn.mutateAsync(body);
        setSaved(true);
      })}
    >
      <Field
        label="How are you showing up today?"
        hint="A word or a sentence: focused, tired, excited about a launch…"
        {...form.fieldProps('mood')}
      >
        <Input
          value={v.mood ?? ''}
          onChange={(_e, d) => form.update('mood', (c) => ({ ...c, mood: d.value }))}
          onBlur={() => form.touch('mood')}
        />
      </Field>
      {commitment ? (
        <Field
          label={`Your commitment from last time: “${commitment}”`}
          required
          {...form.fieldProps('commitmentStatus')}
        >
          <RadioGroup
            layout="horizontal"
            value={v.commitmentStatus ?? ''}
            onChange={(_e, d) =>
              form.update('commitmentStatus', (c) => ({
                ...c,
                commitmentStatus: d.value as 'done' | 'partly' | 'not_done',
              }))
            }
          >
            <Radio value="done" label="Done" />
            <Radio value="partly" label="Partly" />
            <Radio value="not_done" label="Not done" />
          </RadioGroup>
        </Field>
      ) : null}
      <Field label="Anything the pod should know? (optional)" {...form.fieldProps('note')}>
        <Textarea
          value={v.note ?? ''}
          resize="vertical"
          onChange={(_e, d) =>
            form.update('note', (c) => ({ ...c, note: d.value === '' ? undefined : d.value }))
          }
          onBlur={() => form.touch('note')}
        />
      </Field>
      <FormProblem problem={form.problem} fields={['mood', 'commitmentStatus', 'note']} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : saved ? 'Update check-in' : 'Check in'}
        </Button>
      </div>
      {saved && !form.submitting && !form.problem ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>Checked in.</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
