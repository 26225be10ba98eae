import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { BulkEnrollBody, type BulkEnrollResult } from '../../../api/http/schemas';
import { useBulkEnroll } from '../../api-client/enrollments';
import { useFormStyles } from '../../components/Form.styles';
import { FormProblem } from '../../components/FormProblem';
import { useZodForm } from '../../components/use-zod-form';

const linesOf = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Paste addresses, one per line; the answer says who was enrolled, who already was, and who could not be. */
export function BulkEnrollForm({ cohortId }: { cohortId: string }) {
  const styles = useFormStyles();
  const bulk = useBulkEnroll(cohortId);
  const [text, setText] = useState('');
  const [result, setResult] = useState<BulkEnrollResult | null>(null);
  const form = useZodForm(BulkEnrollBody, { people: [] });
  // Errors name `people[3]`: point at the line, the way the person typed it.
  const peopleError =
    form
      .errorsUnder('people')
      .map(([field, message]) => {
        const line = /^people\[(\d+)\]/.exec(field)?.[1];
        return line === undefined ? message : `Line ${Number(line) + 1}: ${message}`;
      })
      .join('; ') || undefined;

  return (
    <form
      className={styles.form}
      noValidate
      aria-label="Enroll people"
      onSubmit={form.handleSubmit(async (body) => {
        setResult(await bulk.mutateAsync(body));
        setText('');
        form.reset({ people: [] });
      })}
    >
      <Field
        label="Email addresses"
        hint="One person per line (or separated by commas). Their time zone and working hours come from Outlook."
        validationMessage={peopleError}
        validationState={peopleError ? 'error' : 'none'}
      >
        <Textarea
          value={text}
          rows={4}
          resize="vertical"
          onChange={(_e, d) => {
            setText(d.value);
            form.update('people', () => ({ people: linesOf(d.value) }));
          }}
          onBlur={() => form.touch('people')}
        />
      </Field>
      <FormProblem problem={form.problem} fields={['people']} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={form.submitting}>
          {form.submitting ? 'Enrolling…' : 'Enroll'}
        </Button>
      </div>
      {result ? <BulkResult result={result} /> : null}
    </form>
  );
}

function BulkResult({ result }: { result: BulkEnrollResult }) {
  const problems = result.unknown.length + result.ineligible.length;
  return (
    <MessageBar intent={problems ? 'warning' : 'success'} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>
          Enrolled {result.enrolled.length} {result.enrolled.length === 1 ? 'person' : 'people'}
        </MessageBarTitle>
        <ul>
          {result.duplicates.length ? (
            <li>Already enrolled: {result.duplicates.map((d) => d.person).join(', ')}</li>
          ) : null}
          {result.unknown.length ? (
            <li>Not found in the directory: {result.unknown.map((u) => u.person).join(', ')}</li>
          ) : null}
          {result.ineligible.map((i) => (
            <li key={i.personId}>
              Not eligible: {i.person} ({i.reason})
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
