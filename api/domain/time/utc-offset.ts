const MINUTE_MS = 60_000;

/** "+05:30", "-03:00", "+00:00" of an offset in ms east of UTC; seconds are added when an offset has them. */
export function formatUtcOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(offsetMs) / 1000);
  const hh = String(Math.floor(totalSeconds / 3600)).padStart(2, '0');
  const mm = String(Math.floor(totalSeconds / 60) % 60).padStart(2, '0');
  const ss = totalSeconds % 60;
  return `${sign}${hh}:${mm}${ss ? `:${String(ss).padStart(2, '0')}` : ''}`;
}

/** "+10", "+05:30", "-03:30": an offset in minutes as tzdb writes numeric abbreviations, with a colon. */
export function shortUtcOffset(offsetMinutes: number): string {
  const full = formatUtcOffset(offsetMinutes * MINUTE_MS);
  return full.endsWith(':00') ? full.slice(0, 3) : full;
}
