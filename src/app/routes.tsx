import { lazy, Suspense, type ComponentType } from 'react';
import { EmptyState } from '../components/EmptyState';
import { LoadingState } from '../components/LoadingState';
import { Home } from '../features/home/Home';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { matchPath, RouteLink, useRouter } from './router';

// Owner views and the less-visited member pages load on demand, keeping the first page's JavaScript small.
const JoinPage = lazy(() => import('../features/join/JoinPage').then((m) => ({ default: m.JoinPage })));
const SessionPage = lazy(() =>
  import('../features/session/SessionPage').then((m) => ({ default: m.SessionPage })),
);
const PodPage = lazy(() => import('../features/pod/PodPage').then((m) => ({ default: m.PodPage })));
const ChannelConfig = lazy(() =>
  import('../features/channel/ChannelConfig').then((m) => ({ default: m.ChannelConfig })),
);
const ChannelTab = lazy(() =>
  import('../features/channel/ChannelTab').then((m) => ({ default: m.ChannelTab })),
);
const OwnerHome = lazy(() => import('../features/owner/OwnerHome').then((m) => ({ default: m.OwnerHome })));
const CreateProgram = lazy(() =>
  import('../features/owner/CreateProgram').then((m) => ({ default: m.CreateProgram })),
);
const ProgramPage = lazy(() =>
  import('../features/owner/ProgramPage').then((m) => ({ default: m.ProgramPage })),
);
const CohortPage = lazy(() =>
  import('../features/owner/CohortPage').then((m) => ({ default: m.CohortPage })),
);

type Section = 'member' | 'owner' | 'channel';

interface Route {
  pattern: string;
  section: Section;
  view: ComponentType<{ params: Record<string, string>; inTeams: boolean }>;
}

const ROUTES: Route[] = [
  { pattern: '/', section: 'member', view: Home },
  { pattern: '/welcome', section: 'member', view: WelcomePage },
  { pattern: '/join/:cohortId', section: 'member', view: JoinPage },
  { pattern: '/pods/:podId', section: 'member', view: PodPage },
  { pattern: '/sessions/:sessionId', section: 'member', view: SessionPage },
  { pattern: '/config', section: 'channel', view: ChannelConfig },
  { pattern: '/channel', section: 'channel', view: ChannelTab },
  { pattern: '/owner', section: 'owner', view: OwnerHome },
  { pattern: '/owner/programs/new', section: 'owner', view: CreateProgram },
  { pattern: '/owner/programs/:programId', section: 'owner', view: ProgramPage },
  { pattern: '/owner/cohorts/:cohortId', section: 'owner', view: CohortPage },
];

/** Which navigation section a path belongs to. */
export function sectionOf(path: string): Section {
  for (const route of ROUTES) if (matchPath(route.pattern, path)) return route.section;
  return path.startsWith('/owner') ? 'owner' : 'member';
}

/** The view of the current path; owner views load on demand. */
export function RouteView({ inTeams }: { inTeams: boolean }) {
  const { path } = useRouter();
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) {
      const View = route.view;
      return (
        <Suspense fallback={<LoadingState label="Loading…" />}>
          <View key={path} params={params} inTeams={inTeams} />
        </Suspense>
      );
    }
  }
  return (
    <EmptyState
      title="There is no page here"
      description="The link may be out of date."
      action={<RouteLink to="/">Go to your pods</RouteLink>}
    />
  );
}
