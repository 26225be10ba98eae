import { useQuery } from '@tanstack/react-query';
import { MyProfileResponse } from '../../api/http/schemas';
import { useApiClient } from './api-context';

export const meKey = ['me'] as const;

/** `GET /api/me`: the signed-in person, their zone and working hours. */
export function useMe() {
  const api = useApiClient();
  return useQuery({
    queryKey: meKey,
    queryFn: () => api.get('/api/me', MyProfileResponse),
    staleTime: 5 * 60_000,
  });
}
