import type { Activity } from '@microsoft/teams.api';
import { z } from 'zod';

/** `composeExtension/query`: the search box's parameters (Teams adds `initialRun` on opening). */
const QueryValue = z.object({
  parameters: z.array(z.object({ name: z.string().optional(), value: z.unknown() })).default([]),
});

/** `composeExtension/submitAction`: the task module's form data, validated by the form's own schema. */
const SubmitValue = z.object({ data: z.unknown() });

/** The Teams-specific part of an activity: tenant, team and channel of the conversation. */
const TeamsChannelData = z.object({
  tenant: z.object({ id: z.string().optional() }).optional(),
  team: z.object({ id: z.string().optional(), aadGroupId: z.string().optional() }).optional(),
  channel: z.object({ id: z.string().optional() }).optional(),
});
export type TeamsChannelData = z.infer<typeof TeamsChannelData>;

/** The text a member typed in the search box; empty when they typed nothing (or Teams sent something else). */
export function querySearchText(activity: Activity): string {
  const parsed = QueryValue.safeParse(valueOf(activity));
  const search = parsed.success
    ? parsed.data.parameters.find((p) => p.name !== 'initialRun')?.value
    : undefined;
  return typeof search === 'string' ? search : '';
}

/** The submitted form data, still to be validated by the form's schema. */
export function submittedData(activity: Activity): unknown {
  const parsed = SubmitValue.safeParse(valueOf(activity));
  return parsed.success ? parsed.data.data : undefined;
}

/** Channel data as Teams sends it; empty when absent or not in Teams' shape. */
export function channelDataOf(activity: Activity): TeamsChannelData {
  const parsed = TeamsChannelData.safeParse(activity.channelData);
  return parsed.success ? parsed.data : {};
}

/** An invoke activity's `value`; other activities have none. */
function valueOf(activity: Activity): unknown {
  return 'value' in activity ? activity.value : undefined;
}
