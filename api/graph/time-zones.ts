import { Temporal } from 'temporal-polyfill';
import { findIana } from 'windows-iana';

/**
 * IANA name of a zone Graph reports as a Windows name ("India Standard Time") or already as IANA;
 * undefined when neither. Windows names take CLDR's primary zone for the world territory ("001").
 */
export function toIana(name: string | null | undefined): string | undefined {
  const value = name?.trim();
  if (!value) return undefined;
  if (/^(utc|gmt|coordinated universal time)$/i.test(value)) return 'UTC';
  const candidates = [...findIana(value, '001'), ...findIana(value), value];
  return candidates.find(isIanaZone);
}

function isIanaZone(name: string): boolean {
  // Windows names contain spaces; a bare offset is not a zone the domain can reason about.
  if (!name.includes('/') && name !== 'UTC') return false;
  try {
    Temporal.ZonedDateTime.from({ year: 2000, month: 1, day: 1, timeZone: name });
    return true;
  } catch {
    return false;
  }
}
