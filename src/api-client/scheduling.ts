import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  BookSeriesBody,
  JobProgressResponse,
  MoveSessionBody,
  MoveSessionResponse,
  PodSessionsResponse,
  SessionConflictsResponse,
  SlotSearchBody,
  SlotSearchResponse,
  StartJobResponse,
} from '../../api/http/schemas';
import { useApiClient } from './api-context';
import { myPodsKey } from './my-pods';
import { programKeys } from './programs';

const pod = (id: string) => `/api/pods/${encodeURIComponent(id)}`;
export const schedulingKeys = {
  sessions: (podId: string) => ['pods', podId, 'sessions'] as const,
  conflicts: (podId: string) => ['pods', podId, 'conflicts'] as const,
  job: (jobId: string) => ['jobs', jobId] as const,
};

export function usePodSessions(podId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: schedulingKeys.sessions(podId),
    queryFn: () => api.get(`${pod(podId)}/sessions`, PodSessionsResponse),
  });
}

/** What now stands in the way of each coming session: declines and new busy time. Reads every member's calendar. */
export function useSessionConflicts(podId: string, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: schedulingKeys.conflicts(podId),
    queryFn: () => api.get(`${pod(podId)}/sessions/conflicts`, SessionConflictsResponse),
    enabled,
  });
}

/** Ranked weekly slots for the pod, each with every session's conflicts. */
export function useSlotSearch(podId: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: (body: z.output<typeof SlotSearchBody>) =>
      api.send('POST', `${pod(podId)}/slot-search`, body, SlotSearchResponse),
  });
}

export function useBookSeries(podId: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof BookSeriesBody>) =>
      api.send('POST', `${pod(podId)}/sessions`, body, PodSessionsResponse),
    onSuccess: (sessions) => {
      client.setQueryData(schedulingKeys.sessions(podId), sessions);
      void client.invalidateQueries({ queryKey: myPodsKey });
    },
  });
}

/** Proposals for one session (`apply: false`), or the move itself. */
export function useMoveSession(podId: string, date: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof MoveSessionBody>) =>
      api.send('POST', `${pod(podId)}/sessions/${encodeURIComponent(date)}/move`, body, MoveSessionResponse),
    onSuccess: (result) => {
      if (!result.applied) return;
      void client.invalidateQueries({ queryKey: schedulingKeys.sessions(podId) });
      void client.invalidateQueries({ queryKey: schedulingKeys.conflicts(podId) });
      void client.invalidateQueries({ queryKey: myPodsKey });
    },
  });
}

export function useScheduleCohort(cohortId: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.send('POST', `/api/cohorts/${encodeURIComponent(cohortId)}/schedule`, {}, StartJobResponse),
    onSuccess: () => client.invalidateQueries({ queryKey: programKeys.cohort(cohortId) }),
  });
}

/** A scheduling job's progress, polled every second until it completes or fails. */
export function useJobProgress(jobId: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: schedulingKeys.job(jobId ?? ''),
    queryFn: () => api.get(`/api/jobs/${encodeURIComponent(jobId!)}`, JobProgressResponse),
    enabled: Boolean(jobId),
    refetchInterval: (query) =>
      query.state.data && (query.state.data.state === 'completed' || query.state.data.state === 'failed')
        ? false
        : 1000,
  });
}
