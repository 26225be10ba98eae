import { FluentProvider, makeStaticStyles } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiClientProvider } from '../api-client/api-context';
import type { ApiClient } from '../api-client/http';
import { useAppProvidersStyles } from './AppProviders.styles';
import { RouterProvider } from './router';
import { fluentTheme, type ThemeName } from './theme';

const useGlobalStyles = makeStaticStyles({ 'html, body': { margin: 0 } });

/** Theme, data and routing for everything below; the tests render views inside it too. */
export function AppProviders({
  theme,
  api,
  queryClient,
  children,
}: {
  theme: ThemeName;
  api: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  useGlobalStyles();
  const styles = useAppProvidersStyles();
  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root}>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={api}>
          <RouterProvider>{children}</RouterProvider>
        </ApiClientProvider>
      </QueryClientProvider>
    </FluentProvider>
  );
}
