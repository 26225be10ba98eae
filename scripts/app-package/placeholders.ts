const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The `${{VAR}}` names a Teams Toolkit template uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Fills `${{VAR}}` from the environment as `teamsApp/zipAppPackage` does. Unset and empty variables are
 * reported, not left in place: an empty id or domain makes a package that installs but does not work.
 */
export function fillPlaceholders(
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): { text: string; missing: string[] } {
  const missing = placeholdersIn(text).filter((name) => !env[name] && !allowedEmpty(name));
  const filled = text.replace(PLACEHOLDER, (_, name: string) => jsonStringBody(env[name] ?? ''));
  return { text: filled, missing };
}

/** A suffix such as APP_NAME_SUFFIX may be empty in production. */
function allowedEmpty(name: string): boolean {
  return name.endsWith('_SUFFIX');
}

/** Placeholders sit inside JSON strings, so values are escaped as string content. */
function jsonStringBody(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}
