import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { EnrollBody, type MyProfile } from '../../../api/http/schemas';
import { useEnroll } from '../../api-client/enrollments';
import { useMe } from '../../api-client/me';
import { useFormStyles } from '../../components/Form.styles';
import { FormProblem } from '../../components/FormProblem';
import { useZodForm } from '../../components/use-zod-form';
import { usableZone } from '../../components/zoned-format';
import { WorkingHoursFields } from './WorkingHoursFields';

const FIELDS = ['goals', 'interests', 'level', 'avoid', 'workingHours'];

/**
 * Outlook's hours as a starting point for the person's own; hours in a customTimeZone start from the mailbox's
 * IANA zone, since the form takes IANA names.
 */
function editableHours({ timeZone, workingHours }: MyProfile) {
  const { daysOfWeek, start, end } = workingHours;
  return {
    daysOfWeek,
    start,
    end,
    timeZone: usableZone(workingHours.timeZone) === workingHours.timeZone ? workingHours.timeZone : timeZone,
  };
}

const LEVELS = [
  'Entry level',
  'Early career',
  'Experienced',
  'Senior or lead',
  'Manager',
  'Director',
  'Executive',
];

const listOf = (text: string) =>
  text
    .split(/[,;\n]+/)
    .map((item) => item.trim())
    .filter(Boolean);

/** The member's profile for pod matching, validated with the API's EnrollBody field by field. */
export function EnrollForm({ cohortId }: { cohortId: string }) {
  const styles = useFormStyles();
  const me = useMe();
  const enroll = useEnroll(cohortId);
  const [text, setText] = useState({ goals: '', interests: '', avoid: '' });
  const [ownHours, setOwnHours] = useState(false);
  const form = useZodForm(EnrollBody, {
    goals: [],
    interests: [],
    avoid: [],
    level: undefined as unknown as number,
  });
  const v = form.values;

  const setList = (field: 'goals' | 'interests' | 'avoid', value: string) => {
    setText((t) => ({ ...t, [field]: value }));
    form.update(field, (current) => ({ ...current, [field]: listOf(value) }));
  };
  const listError = (field: string) =>
    form
      .errorsUnder(field)
      .map(([, message]) => message)
      .join('; ') || undefined;
  const listProps = (field: string) => {
    const message = listError(field);
    return message ? { validationMessage: message, validationState: 'error' as const } : {};
  };

  return (
    <form
      className={styles.form}
      noValidate
      aria-label="Your profile"
      onSubmit={form.handleSubmit((body) => enroll.mutateAsync(body))}
    >
      <Field
        label="What do you want to work on?"
        hint="A few topics, separated by commas: e.g. delegation, giving feedback, prioritising."
        {...listProps('goals')}
      >
        <Input
          value={text.goals}
          onChange={(_e, d) => setList('goals', d.value)}
          onBlur={() => form.touch('goals')}
        />
      </Field>
      <Field
        label="Interests (optional)"
        hint="Things you would enjoy talking about with peers, separated by commas."
        {...listProps('interests')}
      >
        <Input
          value={text.interests}
          onChange={(_e, d) => setList('interests', d.value)}
          onBlur={() => form.touch('interests')}
        />
      </Field>
      <Field
        label="Your level"
        required
        hint="Pods keep people at a similar level, so nobody coaches their boss."
        {...form.fieldProps('level')}
      >
        <Select
          value={v.level === undefined ? '' : String(v.level)}
          onChange={(_e, d) =>
            form.update('level', (c) => ({
              ...c,
              level: d.value === '' ? (undefined as unknown as number) : Number(d.value),
            }))
          }
          onBlur={() => form.touch('level')}
        >
          <option value="">Choose your level</option>
          {LEVELS.map((label, i) => (
            <option key={label} value={i + 1}>
              {i + 1}. {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Anyone you would rather not be matched with? (optional)"
        hint="Email addresses, separated by commas. Nobody is told."
        {...listProps('avoid')}
      >
        <Input
          value={text.avoid}
          onChange={(_e, d) => setList('avoid', d.value)}
          onBlur={() => form.touch('avoid')}
        />
      </Field>
      <Checkbox
        checked={ownHours}
        label={`My working hours in Outlook are not right${me.data ? ` (${me.data.workingHours.start}–${me.data.workingHours.end}, ${me.data.workingHours.timeZoneName})` : ''}`}
        onChange={(_e, d) => {
          const on = d.checked === true;
          setOwnHours(on);
          form.update('workingHours', (c) => ({
            ...c,
            workingHours: on && me.data ? editableHours(me.data) : undefined,
          }));
        }}
      />
      {ownHours && v.workingHours ? (
        <WorkingHoursFields
          value={v.workingHours}
          errorFor={(part) => form.errorFor(`workingHours.${part}`)}
          onChange={(hours) => form.update('workingHours', (c) => ({ ...c, workingHours: hours }))}
          onBlur={(part) => form.touch(`workingHours.${part}`)}
        />
      ) : null}
      <FormProblem problem={form.problem} fields={FIELDS} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={form.submitting}>
          {form.submitting ? 'Joining…' : 'Join'}
        </Button>
      </div>
    </form>
  );
}
