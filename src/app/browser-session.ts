/**
 * Browser mode (the offline demo): the emulator's sign-in page redirects back with `#access_token=…`; the token
 * lives in sessionStorage for this tab only.
 */
const TOKEN_KEY = 'peerpods.token';
const EXPIRY_MARGIN_MS = 60_000;

/** Seconds-since-epoch expiry of a JWT, read without verifying it (the API verifies). */
function expiryOf(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes a token from the URL fragment the sign-in page redirected to, keeps it, and removes it from the address bar.
 * Returns the path to go back to (the sign-in `state`), or undefined when the URL carried no token.
 */
export function takeTokenFromFragment(): string | undefined {
  if (!location.hash.startsWith('#access_token=') && !location.hash.includes('&access_token='))
    return undefined;
  const fragment = new URLSearchParams(location.hash.slice(1));
  const token = fragment.get('access_token');
  const state = fragment.get('state');
  const back = state && state.startsWith('/') && !state.startsWith('//') ? state : '/';
  history.replaceState(null, '', back);
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  return back;
}

/** The kept token while it is still valid for at least a minute. */
export function storedToken(now = Date.now()): string | null {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return null;
  const exp = expiryOf(token);
  if (exp !== undefined && exp * 1000 - EXPIRY_MARGIN_MS < now) {
    sessionStorage.removeItem(TOKEN_KEY);
    return null;
  }
  return token;
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** The emulator's sign-in page, sending the token back to this origin and the given path. */
export function signInHref(signInUrl: string, returnPath: string): string {
  const url = new URL(signInUrl);
  url.searchParams.set('redirect_uri', `${location.origin}/`);
  url.searchParams.set('state', returnPath);
  return url.toString();
}
