import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../api-client/api-problem';

/** Retries only what may pass on a second try: network failures and the API's 502/503/504. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) =>
          failures < 2 && error instanceof ApiProblem && (error.status === 0 || error.status >= 502),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
