import { z } from 'zod';
import { GraphError } from '../types';

/**
 * Outlook single-value extended properties on events (Graph's singleValueExtendedProperties): stamped at creation,
 * found again with `$filter=singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')`, read back with
 * `$expand=singleValueExtendedProperties($filter=id eq '…')`. The Name in an id compares case-sensitively, the
 * value case-insensitively, as the Graph reference says.
 */
export const ExtendedPropertyBody = z.object({ id: z.string().min(1), value: z.string() });

const TYPES = 'Binary|Boolean|Currency|CLSID|DateTime|Double|Integer|Long|Object|Short|SystemTime|String';
const GUID = '\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?';
const ID_FORMATS = [
  new RegExp(`^(${TYPES}) (${GUID}) Name (\\S.*)$`),
  new RegExp(`^(${TYPES}) (${GUID}) Id (0x[0-9a-fA-F]+)$`),
  new RegExp(`^(${TYPES}) (0x[0-9a-fA-F]{1,4})$`),
];

/** The canonical key of a property id: type and GUID compare case-insensitively, a Name exactly. */
export function propertyKey(id: string): string {
  const trimmed = id.trim();
  for (const format of ID_FORMATS) {
    const m = format.exec(trimmed);
    if (!m) continue;
    const [, type, second, third] = m;
    const guid = second!.replace(/[{}]/g, '').toLowerCase();
    return third === undefined
      ? `${type!.toLowerCase()} ${second!.toLowerCase()}`
      : `${type!.toLowerCase()} ${guid} ${third}`;
  }
  throw new GraphError(
    400,
    'ErrorInvalidExtendedPropertyValue',
    `The extended property id '${id}' is not in a supported format.`,
  );
}

/** Properties of a create body, keyed canonically; the id as sent is kept for reading back. */
export function storedProperties(
  body: z.infer<typeof ExtendedPropertyBody>[] | undefined,
): Map<string, { id: string; value: string }> {
  const stored = new Map<string, { id: string; value: string }>();
  for (const p of body ?? []) stored.set(propertyKey(p.id), { id: p.id, value: p.value });
  return stored;
}

export interface PropertyMatch {
  key: string;
  /** Absent: the item only needs to carry the property. */
  value?: string;
}

const FILTER =
  /^singleValueExtendedProperties\/any\(\s*(\w+)\s*:\s*\1\/id\s+eq\s+'((?:[^']|'')*)'(?:\s+and\s+\1\/value\s+eq\s+'((?:[^']|'')*)')?\s*\)$/i;

/** `$filter` of an events list; only the extended-property form is served, anything else is refused. */
export function parseEventFilter(raw: unknown): PropertyMatch | undefined {
  if (raw === undefined) return undefined;
  const m = typeof raw === 'string' ? FILTER.exec(raw.trim()) : null;
  if (!m) {
    throw new GraphError(
      400,
      'ErrorInvalidUrlQueryFilter',
      `The emulator serves only singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…') as an events $filter; got '${String(raw)}'.`,
    );
  }
  const unquote = (s: string) => s.replaceAll("''", "'");
  return { key: propertyKey(unquote(m[2]!)), ...(m[3] === undefined ? {} : { value: unquote(m[3]) }) };
}

export function matches(
  properties: ReadonlyMap<string, { id: string; value: string }>,
  match: PropertyMatch,
): boolean {
  const found = properties.get(match.key);
  if (!found) return false;
  return match.value === undefined || found.value.toLowerCase() === match.value.toLowerCase();
}

const EXPAND = /^singleValueExtendedProperties\(\s*\$filter\s*=\s*id\s+eq\s+'((?:[^']|'')*)'\s*\)$/i;

/** `$expand=singleValueExtendedProperties($filter=id eq '…')`: the key of the property to read back. */
export function parseExpand(raw: unknown): string | undefined {
  if (raw === undefined) return undefined;
  const m = typeof raw === 'string' ? EXPAND.exec(raw.trim()) : null;
  if (!m) {
    throw new GraphError(400, 'BadRequest', `Expansion '${String(raw)}' is not supported on events.`);
  }
  return propertyKey(m[1]!.replaceAll("''", "'"));
}
