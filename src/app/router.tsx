import { Link } from '@fluentui/react-components';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';

/** A tiny History API router: the API serves index.html for every non-API path, Teams opens `/` or `/config`. */
interface RouterState {
  path: string;
  search: URLSearchParams;
  navigate: (to: string, options?: { replace?: boolean }) => void;
}

const RouterContext = createContext<RouterState | null>(null);

const read = () => ({ path: location.pathname, search: new URLSearchParams(location.search) });

export function RouterProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState(read);
  useEffect(() => {
    const onPop = () => setCurrent(read());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((to: string, options: { replace?: boolean } = {}) => {
    if (options.replace) history.replaceState(null, '', to);
    else history.pushState(null, '', to);
    setCurrent(read());
    scrollTo?.(0, 0);
  }, []);
  const value = useMemo(() => ({ ...current, navigate }), [current, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterState {
  const state = useContext(RouterContext);
  if (!state) throw new Error('useRouter outside RouterProvider');
  return state;
}

/** Params of `pattern` ("/pods/:podId") when it matches `path` exactly, else null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}

/** A Fluent link that navigates in the app; modified clicks (new tab, ...) keep the browser's behaviour. */
export function RouteLink({
  to,
  children,
  inline,
  className,
}: {
  to: string;
  children: ReactNode;
  inline?: boolean;
  className?: string;
}) {
  const { navigate } = useRouter();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Link href={to} onClick={onClick} inline={inline} className={className}>
      {children}
    </Link>
  );
}
