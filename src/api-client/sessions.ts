import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  CheckInBody,
  CheckInResponse,
  CheckOutBody,
  CheckOutResponse,
  CloseSessionResponse,
  FeedbackBody,
  SessionAgendaResponse,
  SessionFeedbackResponse,
  SessionNotesResponse,
} from '../../api/http/schemas';
import { useApiClient } from './api-context';
import { myPodsKey } from './my-pods';

const base = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;
export const sessionKeys = {
  agenda: (id: string) => ['sessions', id, 'agenda'] as const,
  notes: (id: string) => ['sessions', id, 'notes'] as const,
  feedback: (id: string) => ['sessions', id, 'feedback'] as const,
};

export function useSessionAgenda(id: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: sessionKeys.agenda(id ?? ''),
    queryFn: () => api.get(`${base(id!)}/agenda`, SessionAgendaResponse),
    enabled: Boolean(id),
  });
}

/** Check-ins and check-outs of the session: the pod's members only. */
export function useSessionNotes(id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: sessionKeys.notes(id),
    queryFn: () => api.get(`${base(id)}/notes`, SessionNotesResponse),
  });
}

export function useSessionFeedback(id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: sessionKeys.feedback(id),
    queryFn: () => api.get(`${base(id)}/feedback`, SessionFeedbackResponse),
  });
}

export function useCheckIn(id: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof CheckInBody>) =>
      api.send('PUT', `${base(id)}/check-in`, body, CheckInResponse),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKeys.notes(id) }),
  });
}

export function useCheckOut(id: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof CheckOutBody>) =>
      api.send('PUT', `${base(id)}/check-out`, body, CheckOutResponse),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKeys.notes(id) }),
  });
}

/** Closes the session for the pod and posts the shareable summary to the program's channel. */
export function useCloseSession(id: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.send('POST', `${base(id)}/close`, {}, CloseSessionResponse),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: sessionKeys.notes(id) });
      void client.invalidateQueries({ queryKey: myPodsKey });
    },
  });
}

export function useRateSession(id: string) {
  const api = useApiClient();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof FeedbackBody>) =>
      api.send('PUT', `${base(id)}/feedback`, body, SessionFeedbackResponse),
    onSuccess: (feedback) => client.setQueryData(sessionKeys.feedback(id), feedback),
  });
}
