import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { PodChangeBody, PodChangeResponse, PodProposalResponse, PodResponse } from '../../api/http/schemas';
import { ApiProblem } from './api-problem';
import { useApiClient } from './api-context';
import { programKeys } from './programs';

const proposalKey = (cohortId: string) => ['cohorts', cohortId, 'pod-proposal'] as const;
const base = (cohortId: string) => `/api/cohorts/${encodeURIComponent(cohortId)}`;

/** The cohort's current pod proposal, or null before the first one (the API's 404). */
export function usePodProposal(cohortId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: proposalKey(cohortId),
    queryFn: async () => {
      try {
        return await api.get(`${base(cohortId)}/pod-proposals`, PodProposalResponse);
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404 && error.fieldErrors.id === undefined)
          return null;
        throw error;
      }
    },
  });
}

export function useProposePods(cohortId: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (seed?: number) =>
      api.send(
        'POST',
        `${base(cohortId)}/pod-proposals`,
        seed === undefined ? {} : { seed },
        PodProposalResponse,
      ),
    onSuccess: (proposal) => {
      client.setQueryData(proposalKey(cohortId), proposal);
      void client.invalidateQueries({ queryKey: programKeys.cohort(cohortId) });
    },
  });
}

/** A swap or move; a change that breaks a hard rule fails with 422 unless forced. */
export function useChangePods(cohortId: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: z.input<typeof PodChangeBody>) =>
      api.send('POST', `${base(cohortId)}/pod-proposals/changes`, change, PodChangeResponse),
    onSuccess: (proposal) => client.setQueryData(proposalKey(cohortId), proposal),
  });
}

export function usePublishPods(cohortId: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.send('POST', `${base(cohortId)}/publish`, {}, PodProposalResponse),
    onSuccess: (proposal) => {
      client.setQueryData(proposalKey(cohortId), proposal);
      void client.invalidateQueries({ queryKey: programKeys.cohort(cohortId) });
    },
  });
}

/** A pod and its members, for its members and the program's owners. */
export function usePod(podId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['pods', podId] as const,
    queryFn: () => api.get(`/api/pods/${encodeURIComponent(podId)}`, PodResponse),
  });
}
