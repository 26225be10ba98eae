import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { FeedbackBody, type SessionFeedback } from '../../../api/http/schemas';
import { useRateSession } from '../../api-client/sessions';
import { useFormStyles } from '../../components/Form.styles';
import { FormProblem } from '../../components/FormProblem';
import { useZodForm } from '../../components/use-zod-form';

const LABELS = ['1 – not useful', '2', '3', '4', '5 – very useful'];

/** A 1–5 rating and an optional comment; the pod sees only the average. */
export function FeedbackForm({ sessionId, feedback }: { sessionId: string; feedback: SessionFeedback }) {
  const styles = useFormStyles();
  const rate = useRateSession(sessionId);
  const [saved, setSaved] = useState(Boolean(feedback.mine));
  const form = useZodForm(FeedbackBody, {
    rating: feedback.mine?.rating ?? (undefined as unknown as number),
    comment: feedback.mine?.comment ?? undefined,
  });
  const v = form.values;
  return (
    <form
      className={styles.form}
      noValidate
      aria-label="Feedback"
      onSubmit={form.handleSubmit(async (body) => {
        await rate.mutateAsync(body);
        setSaved(true);
      })}
    >
      <Body1>
        {feedback.ratings
          ? `${feedback.ratings} rating${feedback.ratings === 1 ? '' : 's'} so far${feedback.average === null ? '' : `, average ${feedback.average.toFixed(1)}`}.`
          : 'No ratings yet.'}{' '}
        Nobody else sees your rating or comment.
      </Body1>
      <Field label="How useful was this session?" required {...form.fieldProps('rating')}>
        <RadioGroup
          layout="horizontal"
          value={v.rating ? String(v.rating) : ''}
          onChange={(_e, d) => form.update('rating', (c) => ({ ...c, rating: Number(d.value) }))}
        >
          {LABELS.map((label, i) => (
            <Radio key={label} value={String(i + 1)} label={label} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Comment (optional)" {...form.fieldProps('comment')}>
        <Textarea
          value={v.comment ?? ''}
          resize="vertical"
          onChange={(_e, d) =>
            form.update('comment', (c) => ({ ...c, comment: d.value === '' ? undefined : d.value }))
          }
          onBlur={() => form.touch('comment')}
        />
      </Field>
      <FormProblem problem={form.problem} fields={['rating', 'comment']} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : saved ? 'Update feedback' : 'Send feedback'}
        </Button>
      </div>
      {saved && !form.submitting && !form.problem ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>Thank you for your feedback.</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
