import { Body1, Button, Field, Input, Textarea } from '@fluentui/react-components';
import { CreateProgramBody } from '../../../api/http/schemas';
import { useCreateProgram } from '../../api-client/programs';
import { useRouter } from '../../app/router';
import { useFormStyles } from '../../components/Form.styles';
import { FormProblem } from '../../components/FormProblem';
import { PageHeader } from '../../components/PageHeader';
import { useZodForm } from '../../components/use-zod-form';

const FIELDS = ['name', 'goal', 'summaryChannel', 'summaryChannel.teamId', 'summaryChannel.channelId'];

/** `/owner/programs/new`: name and goal, and optionally the channel where session summaries go. */
export function CreateProgram() {
  const styles = useFormStyles();
  const { navigate } = useRouter();
  const create = useCreateProgram();
  const form = useZodForm(CreateProgramBody, { name: '', goal: '', summaryChannel: null });
  const channel = form.values.summaryChannel ?? null;
  const setChannel = (part: 'teamId' | 'channelId', value: string) =>
    form.update(`summaryChannel.${part}`, (v) => {
      const next = {
        teamId: v.summaryChannel?.teamId ?? '',
        channelId: v.summaryChannel?.channelId ?? '',
        [part]: value,
      };
      return { ...v, summaryChannel: next.teamId || next.channelId ? next : null };
    });

  return (
    <>
      <PageHeader
        title="Create a program"
        description="You will add the first cohort (its dates and pod settings) on the next page."
      />
      <form
        className={styles.form}
        noValidate
        onSubmit={form.handleSubmit(async (body) => {
          const program = await create.mutateAsync(body);
          navigate(`/owner/programs/${program.id}`, { replace: true });
        })}
      >
        <Field
          label="Name"
          required
          hint="What colleagues will see, e.g. “New managers' peer coaching”."
          {...form.fieldProps('name')}
        >
          <Input
            value={form.values.name}
            onChange={(_e, d) => form.update('name', (v) => ({ ...v, name: d.value }))}
            onBlur={() => form.touch('name')}
          />
        </Field>
        <Field
          label="Goal"
          required
          hint="Why the program exists, in a sentence or two. It appears in the welcome every member reads."
          {...form.fieldProps('goal')}
        >
          <Textarea
            value={form.values.goal}
            resize="vertical"
            onChange={(_e, d) => form.update('goal', (v) => ({ ...v, goal: d.value }))}
            onBlur={() => form.touch('goal')}
          />
        </Field>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Channel for session summaries (optional)</legend>
          <Body1 className={styles.hint}>
            When a pod closes a session, PeerPods posts one card with the insights members chose to share to
            this Teams channel. Nothing is posted without it.
          </Body1>
          <div className={styles.row}>
            <Field label="Team id" {...form.fieldProps('summaryChannel.teamId')}>
              <Input
                value={channel?.teamId ?? ''}
                onChange={(_e, d) => setChannel('teamId', d.value)}
                onBlur={() => form.touch('summaryChannel.teamId')}
              />
            </Field>
            <Field label="Channel id" {...form.fieldProps('summaryChannel.channelId')}>
              <Input
                value={channel?.channelId ?? ''}
                onChange={(_e, d) => setChannel('channelId', d.value)}
                onBlur={() => form.touch('summaryChannel.channelId')}
              />
            </Field>
          </div>
        </fieldset>
        <FormProblem problem={form.problem} fields={FIELDS} />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={form.submitting}>
            {form.submitting ? 'Creating…' : 'Create program'}
          </Button>
          <Button onClick={() => navigate('/owner')}>Cancel</Button>
        </div>
      </form>
    </>
  );
}
