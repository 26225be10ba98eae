/** Annotations and links that describe the request, not the resource: not compared. */
const IGNORED = /^@odata\.(context|etag|nextLink)$|@odata\.(associationLink|navigationLink)$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** The shape every element of a documented array shares: the keys present in all of them. */
function commonShape(elements: unknown[]): unknown {
  const objects = elements.filter(
    (e): e is Record<string, unknown> => !!e && typeof e === 'object' && !Array.isArray(e),
  );
  if (objects.length === 0 || objects.length !== elements.length) return elements[0];
  const keys = Object.keys(objects[0]!).filter((k) => objects.every((o) => k in o));
  return Object.fromEntries(keys.map((k) => [k, objects.find((o) => o[k] !== null)?.[k] ?? null]));
}

/**
 * Where an answer departs from a documented one: a documented member missing, or of another JSON type. Values
 * are not compared (they differ by request), nor members the documentation leaves out, and a null on either
 * side is taken as "no value" rather than a type.
 */
export function divergences(documented: unknown, actual: unknown, path = '$'): string[] {
  if (documented === null || documented === undefined || actual === null) return [];
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) return [`${path}: documented an array, answered ${describe(actual)}`];
    if (documented.length === 0) return [];
    const element = commonShape(documented);
    return actual.flatMap((item, i) => divergences(element, item, `${path}[${i}]`));
  }
  if (typeof documented === 'object') {
    if (typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${path}: documented an object, answered ${describe(actual)}`];
    }
    const answered = actual as Record<string, unknown>;
    return Object.entries(documented).flatMap(([key, value]) => {
      if (IGNORED.test(key)) return [];
      if (!(key in answered)) return [`${path}.${key}: documented, missing`];
      return divergences(value, answered[key], `${path}.${key}`);
    });
  }
  return typeof documented === typeof actual
    ? []
    : [`${path}: documented ${describe(documented)}, answered ${describe(actual)}`];
}
