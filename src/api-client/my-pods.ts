import { useQuery } from '@tanstack/react-query';
import { MyPodsResponse } from '../../api/http/schemas';
import { useApiClient } from './api-context';

export const myPodsKey = ['me', 'pods'] as const;

/** The signed-in member's published pods with their next and open sessions. */
export function useMyPods() {
  const api = useApiClient();
  return useQuery({
    queryKey: myPodsKey,
    queryFn: async () => (await api.get('/api/me/pods', MyPodsResponse)).value,
  });
}
