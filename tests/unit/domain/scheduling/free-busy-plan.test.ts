import { planFreeBusyRequests, SchedulingInputError } from '../../../../api/domain/scheduling';

const DAY_MS = 86_400_000;
const from = Date.parse('2026-03-01T00:00:00Z');
const addresses = (n: number, prefix = 'person') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}@contoso.com`);

describe('planFreeBusyRequests', () => {
  it('when 4,000 people need 84 days, then 200 groups of 20 times 2 windows make 400 requests within Graph limits', () => {
    const requests = planFreeBusyRequests(addresses(4000), from, from + 84 * DAY_MS);
    expect(requests).toHaveLength(400);
    for (const r of requests) {
      expect(r.addresses.length).toBeLessThanOrEqual(20);
      expect(r.end - r.start).toBeLessThan(62 * DAY_MS);
      expect(r.end).toBeGreaterThan(r.start);
    }
    const windows = [...new Set(requests.map((r) => `${r.start}-${r.end}`))].map(
      (w) => w.split('-').map(Number) as [number, number],
    );
    expect(windows).toEqual([
      [from, from + 42 * DAY_MS],
      [from + 42 * DAY_MS, from + 84 * DAY_MS],
    ]);
    const everyone = new Set(requests.flatMap((r) => r.addresses));
    expect(everyone.size).toBe(4000);
  });

  it('when pods share people or spell addresses differently, then each person is asked for once per window', () => {
    const pods = [
      ['ana@contoso.com', 'ben@contoso.com', 'cy@contoso.com'],
      ['Ana@Contoso.com', 'dee@contoso.com', ' ben@contoso.com '],
    ];
    const requests = planFreeBusyRequests(pods.flat(), from, from + 30 * DAY_MS);
    expect(requests).toEqual([
      {
        addresses: ['ana@contoso.com', 'ben@contoso.com', 'cy@contoso.com', 'dee@contoso.com'],
        start: from,
        end: from + 30 * DAY_MS,
      },
    ]);
  });

  it('when the span is just over the window limit, then windows stay equal, minute-aligned and under 62 days', () => {
    const requests = planFreeBusyRequests(addresses(21), from, from + 61 * DAY_MS + 1);
    expect(requests).toHaveLength(4);
    const [a, b] = requests;
    expect(a!.end).toBe(b!.start);
    expect((a!.end - a!.start) % 60_000).toBe(0);
    expect(requests.every((r) => r.end - r.start <= 61 * DAY_MS)).toBe(true);
    expect(requests.at(-1)!.end).toBe(from + 61 * DAY_MS + 1);
  });

  it('when nobody is asked for, then there are no requests', () => {
    expect(planFreeBusyRequests([], from, from + DAY_MS)).toEqual([]);
  });

  it.each([
    [{ maxSchedules: 21, maxWindowDays: 61 }, 'maxSchedules'],
    [{ maxSchedules: 20, maxWindowDays: 62 }, 'maxWindowDays'],
  ])('when the options pass Graph limits (%j), then a SchedulingInputError names %s', (opts, field) => {
    expect(() => planFreeBusyRequests(['a@b.c'], from, from + DAY_MS, opts)).toThrow(SchedulingInputError);
    expect(() => planFreeBusyRequests(['a@b.c'], from, from + DAY_MS, opts)).toThrow(
      expect.objectContaining({ field }),
    );
  });
});
