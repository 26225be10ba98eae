import { workingHoursJson } from '../people/working-hours';
import { GraphError, type EmulatorPerson } from '../types';

/** What Graph returns for a user when no $select is given. */
export const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

/** Returned only when named in $select. */
const SELECT_ONLY = [
  'department',
  'employeeHireDate',
  'employeeType',
  'mailboxSettings',
  'accountEnabled',
  'companyName',
  'usageLocation',
  'city',
  'country',
];
const KNOWN = new Set<string>([...DEFAULT_USER_PROPERTIES, ...SELECT_ONLY]);

export function parseSelect(raw: unknown): string[] | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!KNOWN.has(name))
      throw new GraphError(
        400,
        'Request_BadRequest',
        `Could not find a property named '${name}' on type 'microsoft.graph.user'.`,
      );
  }
  return names;
}

/** Graph's mailboxSettings resource for a person. */
export function mailboxSettingsOf(p: EmulatorPerson): Record<string, unknown> {
  return {
    archiveFolder: `AAMkA${p.id.replace(/-/g, '').slice(0, 16)}AAA=`,
    timeZone: p.mailboxTimeZone,
    automaticRepliesSetting: {
      status: 'disabled',
      externalAudience: 'all',
      internalReplyMessage: '',
      externalReplyMessage: '',
      scheduledStartDateTime: { dateTime: '2024-01-01T00:00:00.0000000', timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: '2024-01-02T00:00:00.0000000', timeZone: 'UTC' },
    },
    dateFormat: 'yyyy-MM-dd',
    timeFormat: 'HH:mm',
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    userPurpose: { value: 'user' },
    language: { locale: 'en-US', displayName: 'English (United States)' },
    workingHours: workingHoursJson(p),
  };
}

function propertyOf(p: EmulatorPerson, name: string): unknown {
  switch (name) {
    case 'businessPhones':
      return [];
    case 'mobilePhone':
      return null;
    case 'preferredLanguage':
      return 'en-US';
    case 'accountEnabled':
      return true;
    case 'companyName':
      return 'Contoso Demo';
    case 'city':
      return p.officeLocation;
    case 'usageLocation':
    case 'country':
      return null;
    case 'mailboxSettings':
      return mailboxSettingsOf(p);
    default:
      return (p as unknown as Record<string, unknown>)[name] ?? null;
  }
}

/** A user as Graph shapes it for the given $select (defaults when null). */
export function projectUser(p: EmulatorPerson, select: readonly string[] | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of select ?? DEFAULT_USER_PROPERTIES) out[name] = propertyOf(p, name);
  return out;
}

type Predicate = (p: EmulatorPerson) => boolean;
const EQ_FIELDS = new Set([
  'department',
  'mail',
  'userPrincipalName',
  'displayName',
  'jobTitle',
  'officeLocation',
  'id',
  'employeeType',
]);
const STARTSWITH_FIELDS = new Set([
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'department',
  'jobTitle',
]);
const STRING = `'((?:[^']|'')*)'`;
const EQ = new RegExp(`^(\\w+)\\s+eq\\s+${STRING}$`, 'i');
const STARTSWITH = new RegExp(`^startswith\\(\\s*(\\w+)\\s*,\\s*${STRING}\\s*\\)$`, 'i');

/** Parses the $filter subset the app uses: `x eq '...'`, `startswith(x,'...')`, joined by `and`. */
export function parseUserFilter(raw: unknown): Predicate | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const clauses = splitAnd(raw.trim()).map(parseClause);
  return (p) => clauses.every((c) => c(p));
}

function splitAnd(text: string): string[] {
  const parts: string[] = [];
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") inString = !inString;
    if (!inString && /^\sand\s/i.test(text.slice(i, i + 5))) {
      parts.push(text.slice(start, i).trim());
      start = i + 5;
      i += 4;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function parseClause(clause: string): Predicate {
  const eq = EQ.exec(clause);
  if (eq?.[1] && eq[2] !== undefined && EQ_FIELDS.has(eq[1])) {
    const field = eq[1];
    const value = eq[2].replace(/''/g, "'").toLowerCase();
    return (p) => String(propertyOf(p, field) ?? '').toLowerCase() === value;
  }
  const sw = STARTSWITH.exec(clause);
  if (sw?.[1] && sw[2] !== undefined && STARTSWITH_FIELDS.has(sw[1])) {
    const field = sw[1];
    const prefix = sw[2].replace(/''/g, "'").toLowerCase();
    return (p) =>
      String(propertyOf(p, field) ?? '')
        .toLowerCase()
        .startsWith(prefix);
  }
  throw new GraphError(400, 'Request_UnsupportedQuery', 'Unsupported Query.');
}

/** Opaque paging token: the offset of the next page. */
export function encodeSkipToken(offset: number): string {
  return Buffer.from(`RFNwdAIAAQAAAB${offset}`).toString('base64url');
}

export function decodeSkipToken(raw: unknown): number {
  if (raw === undefined) return 0;
  const text = typeof raw === 'string' ? Buffer.from(raw, 'base64url').toString('utf8') : '';
  const offset = Number(/^RFNwdAIAAQAAAB(\d+)$/.exec(text)?.[1]);
  if (!Number.isInteger(offset))
    throw new GraphError(
      400,
      'Directory_ExpiredPageToken',
      'The specified page token value has expired and can no longer be included in your request.',
    );
  return offset;
}
