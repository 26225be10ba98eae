import { z } from 'zod';
import type { PodFit } from './types';

/** A pod's fit as stored with it. */
export const PodFitColumn = z.object({
  weeklyOverlapMinutes: z.number(),
  longestCommonWindowMinutes: z.number(),
  levelSpread: z.number(),
  departments: z.array(z.string()),
  sharedGoals: z.array(z.string()),
  sharedInterests: z.array(z.string()),
  timeZones: z.array(z.string()),
  repeatedPairs: z.number(),
  score: z.number(),
  notes: z.array(z.string()),
}) satisfies z.ZodType<PodFit>;

/** A pod of a cohort: proposed until the owner publishes it. */
export interface Pod {
  id: string;
  cohortId: string;
  /** "Pod 3". */
  name: string;
  /** Person ids in pod order; the first hosts the series. */
  memberIds: string[];
  /** Why the members fit, as formation found it; null for a pod formed without it. */
  fit: PodFit | null;
  /** Epoch ms; null while proposed. */
  publishedAt: number | null;
}

/** Pods in their numbered order ("Pod 2" before "Pod 10"). */
export function inPodOrder<P extends Pick<Pod, 'name'>>(pods: readonly P[]): P[] {
  return [...pods].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}
