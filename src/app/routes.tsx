import { Suspense, type ComponentType } from 'react';
import { EmptyState } from '../components/EmptyState';
import { LoadingState } from '../components/LoadingState';
import { Home } from '../features/home/Home';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { matchPath, RouteLink, useRouter } from './router';

type Section = 'member' | 'owner' | 'channel';

interface Route {
  pattern: string;
  section: Section;
  view: ComponentType<{ params: Record<string, string> }>;
}

const ROUTES: Route[] = [
  { pattern: '/', section: 'member', view: Home },
  { pattern: '/welcome', section: 'member', view: WelcomePage },
];

/** Which navigation section a path belongs to. */
export function sectionOf(path: string): Section {
  for (const route of ROUTES) if (matchPath(route.pattern, path)) return route.section;
  return path.startsWith('/owner') ? 'owner' : 'member';
}

/** The view of the current path; owner views load on demand. */
export function RouteView() {
  const { path } = useRouter();
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) {
      const View = route.view;
      return (
        <Suspense fallback={<LoadingState label="Loading…" />}>
          <View params={params} />
        </Suspense>
      );
    }
  }
  return <EmptyState title="There is no page here" description="The link may be out of date." action={<RouteLink to="/">Go to your pods</RouteLink>} />;
}

