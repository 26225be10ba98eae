import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  BulkEnrollBody,
  BulkEnrollResponse,
  EnrollBody,
  EnrollmentListResponse,
  EnrollmentResponse,
} from '../../api/http/schemas';
import { ApiProblem } from './api-problem';
import { useApiClient } from './api-context';
import { programKeys } from './programs';

export const enrollmentKeys = {
  list: (cohortId: string) => ['cohorts', cohortId, 'enrollments'] as const,
  mine: (cohortId: string) => ['cohorts', cohortId, 'enrollments', 'me'] as const,
};

const base = (cohortId: string) => `/api/cohorts/${encodeURIComponent(cohortId)}/enrollments`;

/** The owner's list of a cohort's enrollments. */
export function useEnrollments(cohortId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: enrollmentKeys.list(cohortId),
    queryFn: async () => (await api.get(base(cohortId), EnrollmentListResponse)).value,
  });
}

/** The caller's own enrollment in a cohort, or null when they have none (the API's 404). */
export function useMyEnrollment(cohortId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: enrollmentKeys.mine(cohortId),
    queryFn: async () => {
      try {
        return await api.get(`${base(cohortId)}/me`, EnrollmentResponse);
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404 && error.fieldErrors.id === undefined)
          return null;
        throw error;
      }
    },
  });
}

export function useEnroll(cohortId: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof EnrollBody>) =>
      api.send('POST', base(cohortId), body, EnrollmentResponse),
    onSuccess: (enrollment) => {
      client.setQueryData(enrollmentKeys.mine(cohortId), enrollment);
      void client.invalidateQueries({ queryKey: programKeys.cohort(cohortId) });
    },
  });
}

export function useBulkEnroll(cohortId: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof BulkEnrollBody>) =>
      api.send('POST', `${base(cohortId)}/bulk`, body, BulkEnrollResponse),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: enrollmentKeys.list(cohortId) });
      void client.invalidateQueries({ queryKey: programKeys.cohort(cohortId) });
    },
  });
}
