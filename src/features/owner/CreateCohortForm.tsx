import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { CreateCohortBody } from '../../../api/http/schemas';
import { useCreateCohort } from '../../api-client/programs';
import { useRouter } from '../../app/router';
import { useFormStyles } from '../../components/Form.styles';
import { FormProblem } from '../../components/FormProblem';
import { useZodForm } from '../../components/use-zod-form';
import { useViewerZone } from '../../components/viewer-zone';
import { defaultLengthsText, suggestedStartDate } from './cohort-defaults';
import {
  MAX_SESSION_MINUTES,
  SESSION_GRID_MINUTES,
  minSessionMinutes,
} from '../../../api/domain/sessions/session-length';

const FIELDS = [
  'name',
  'startDate',
  'cadence',
  'sessionCount',
  'sessionMinutes',
  'podSizeMin',
  'podSizeMax',
  'matchingMode',
  'eligibility',
];

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** A new cohort with the product's defaults filled in and explained next to each field. */
export function CreateCohortForm({ programId }: { programId: string }) {
  const styles = useFormStyles();
  const zone = useViewerZone();
  const { navigate } = useRouter();
  const create = useCreateCohort(programId);
  const form = useZodForm(CreateCohortBody, {
    name: '',
    startDate: suggestedStartDate(zone),
    cadence: 'biweekly',
    sessionCount: 6,
    podSizeMin: 3,
    podSizeMax: 4,
    matchingMode: 'cross-functional',
    eligibility: {},
  });
  const v = form.values;
  const set = <K extends keyof typeof v>(field: K, value: (typeof v)[K]) =>
    form.update(String(field), (current) => ({ ...current, [field]: value }));
  const touch = (field: string) => () => form.touch(field);

  return (
    <form
      className={styles.form}
      noValidate
      aria-label="New cohort"
      onSubmit={form.handleSubmit(async (body) => {
        const cohort = await create.mutateAsync(body);
        navigate(`/owner/cohorts/${cohort.id}`);
      })}
    >
      <Field label="Cohort name" required hint="e.g. “Spring 2026”." {...form.fieldProps('name')}>
        <Input value={v.name} onChange={(_e, d) => set('name', d.value)} onBlur={touch('name')} />
      </Field>
      <div className={styles.row}>
        <Field
          label="First session week"
          required
          hint="Pods meet from this date. Two weeks leaves time to enroll and publish."
          {...form.fieldProps('startDate')}
        >
          <Input
            type="date"
            value={v.startDate}
            onChange={(_e, d) => set('startDate', d.value)}
            onBlur={touch('startDate')}
          />
        </Field>
        <Field
          label="Sessions"
          hint="Six is the minimum commitment before anyone judges the practice."
          {...form.fieldProps('sessionCount')}
        >
          <Input
            type="number"
            min={1}
            max={52}
            value={String(v.sessionCount ?? '')}
            onChange={(_e, d) => set('sessionCount', numberOrUndefined(d.value))}
            onBlur={touch('sessionCount')}
          />
        </Field>
      </div>
      <Field
        label="How often pods meet"
        hint="Every two weeks gives time to act on commitments between sessions."
        {...form.fieldProps('cadence')}
      >
        <RadioGroup
          layout="horizontal"
          value={v.cadence}
          onChange={(_e, d) => set('cadence', d.value as 'weekly' | 'biweekly')}
        >
          <Radio value="biweekly" label="Every two weeks" />
          <Radio value="weekly" label="Every week" />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Field
          label="Smallest pod"
          hint="Nobody is left out: an odd headcount makes a trio."
          {...form.fieldProps('podSizeMin')}
        >
          <Input
            type="number"
            min={2}
            max={4}
            value={String(v.podSizeMin ?? '')}
            onChange={(_e, d) => set('podSizeMin', numberOrUndefined(d.value))}
            onBlur={touch('podSizeMin')}
          />
        </Field>
        <Field
          label="Largest pod"
          hint="Pods have 2 to 4 members; 3–4 works best."
          {...form.fieldProps('podSizeMax')}
        >
          <Input
            type="number"
            min={2}
            max={4}
            value={String(v.podSizeMax ?? '')}
            onChange={(_e, d) => set('podSizeMax', numberOrUndefined(d.value))}
            onBlur={touch('podSizeMax')}
          />
        </Field>
      </div>
      <Field
        label="Session length in minutes (optional)"
        hint={`Leave empty to fit the pod: check-in, a hot seat per member, check-out — ${defaultLengthsText(v.podSizeMin ?? 3, v.podSizeMax ?? 4)}.`}
        {...form.fieldProps('sessionMinutes')}
      >
        <Input
          type="number"
          min={minSessionMinutes(v.podSizeMax ?? 4)}
          max={MAX_SESSION_MINUTES}
          step={SESSION_GRID_MINUTES}
          value={v.sessionMinutes === undefined ? '' : String(v.sessionMinutes)}
          onChange={(_e, d) => set('sessionMinutes', numberOrUndefined(d.value))}
          onBlur={touch('sessionMinutes')}
        />
      </Field>
      <Field
        label="Who shares a pod"
        hint="Pods always keep people at a similar level and never put someone with their manager."
        {...form.fieldProps('matchingMode')}
      >
        <RadioGroup
          value={v.matchingMode}
          onChange={(_e, d) => set('matchingMode', d.value as 'cross-functional' | 'same-function')}
        >
          <Radio
            value="cross-functional"
            label="Mixed functions (recommended): fresh perspectives from other departments"
          />
          <Radio value="same-function" label="Same function: for cohorts such as new engineering managers" />
        </RadioGroup>
      </Field>
      <Field
        label="Minimum months in role (optional)"
        hint="Leave empty to let everyone enroll."
        {...form.fieldProps('eligibility.minMonthsInRole')}
      >
        <Input
          type="number"
          min={1}
          value={v.eligibility?.minMonthsInRole === undefined ? '' : String(v.eligibility.minMonthsInRole)}
          onChange={(_e, d) => {
            const months = numberOrUndefined(d.value);
            set('eligibility', months === undefined ? {} : { minMonthsInRole: months });
          }}
          onBlur={touch('eligibility.minMonthsInRole')}
        />
      </Field>
      <FormProblem problem={form.problem} fields={FIELDS} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={form.submitting}>
          {form.submitting ? 'Creating…' : 'Create cohort'}
        </Button>
      </div>
    </form>
  );
}
