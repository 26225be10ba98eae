import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  CohortResponse,
  CohortResultsResponse,
  CreateCohortBody,
  CreateProgramBody,
  ProgramListResponse,
  ProgramResponse,
  UpdateProgramBody,
} from '../../api/http/schemas';
import { useApiClient } from './api-context';

/** `GET /api/programs/{id}`: the program with its cohorts, as the programs router answers it. */
export const ProgramDetailResponse = ProgramResponse.extend({ cohorts: CohortResponse.array() });
export type ProgramDetail = z.infer<typeof ProgramDetailResponse>;

export const programKeys = {
  mine: ['programs', 'mine'] as const,
  one: (id: string) => ['programs', id] as const,
  cohort: (id: string) => ['cohorts', id] as const,
};

/** Programs the signed-in person owns. */
export function useMyPrograms() {
  const api = useApiClient();
  return useQuery({
    queryKey: programKeys.mine,
    queryFn: async () => (await api.get('/api/programs', ProgramListResponse)).value,
  });
}

export function useProgram(id: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: programKeys.one(id ?? ''),
    queryFn: () => api.get(`/api/programs/${encodeURIComponent(id!)}`, ProgramDetailResponse),
    enabled: Boolean(id),
  });
}

export function useCohort(id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: programKeys.cohort(id),
    queryFn: () => api.get(`/api/cohorts/${encodeURIComponent(id)}`, CohortResponse),
  });
}

export function useCreateProgram() {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof CreateProgramBody>) =>
      api.send('POST', '/api/programs', body, ProgramResponse),
    onSuccess: () => client.invalidateQueries({ queryKey: programKeys.mine }),
  });
}

/** `PATCH /api/programs/{id}`: renames the program or binds its summary channel (owners only). */
export function useUpdateProgram() {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ programId, ...body }: z.output<typeof UpdateProgramBody> & { programId: string }) =>
      api.send('PATCH', `/api/programs/${encodeURIComponent(programId)}`, body, ProgramResponse),
    onSuccess: (program) =>
      Promise.all([
        client.invalidateQueries({ queryKey: programKeys.mine }),
        client.invalidateQueries({ queryKey: programKeys.one(program.id) }),
      ]),
  });
}

export function useCreateCohort(programId: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof CreateCohortBody>) =>
      api.send('POST', `/api/programs/${encodeURIComponent(programId)}/cohorts`, body, CohortResponse),
    onSuccess: () => client.invalidateQueries({ queryKey: programKeys.one(programId) }),
  });
}

/** `GET /api/cohorts/{id}/results`: aggregates only, each withheld below the group-size threshold. */
export function useCohortResults(cohortId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['cohorts', cohortId, 'results'],
    queryFn: () => api.get(`/api/cohorts/${encodeURIComponent(cohortId)}/results`, CohortResultsResponse),
  });
}
