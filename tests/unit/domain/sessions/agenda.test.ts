import { buildAgenda, renderAgendaHtml } from '../../../../api/domain/sessions/agenda';
import {
  SESSION_GRID_MINUTES,
  sessionLengthBounds,
  sessionLengthProblem,
} from '../../../../api/domain/sessions/session-length';
import { seriesOccurrences } from '../../../../api/domain/sessions/series-occurrences';

const members = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `m${i + 1}`, name: `Member ${i + 1}` }));

describe('buildAgenda', () => {
  it.each([
    [2, 90],
    [3, 105],
    [4, 120],
    [4, 150],
  ])(
    'when a pod of %i meets for %i minutes, then check-in, one hot seat each and check-out fill the session within their bounds',
    (size, duration) => {
      const agenda = buildAgenda({
        podName: 'Pod',
        members: members(size),
        seq: 1,
        count: 6,
        durationMinutes: duration,
      });

      const kinds = agenda.items.map((i) => i.kind).filter((k) => k !== 'buffer');
      expect(kinds).toEqual(['check-in', ...Array(size).fill('hot-seat'), 'check-out']);
      for (const item of agenda.items) {
        if (item.kind === 'check-in' || item.kind === 'check-out')
          expect(item.minutes).toBeGreaterThanOrEqual(10);
        if (item.kind === 'check-in' || item.kind === 'check-out')
          expect(item.minutes).toBeLessThanOrEqual(15);
        if (item.kind === 'hot-seat') expect([item.minutes >= 20, item.minutes <= 30]).toEqual([true, true]);
      }
      const last = agenda.items.at(-1)!;
      expect(last.offsetMinutes + last.minutes).toBe(duration);
      expect(
        agenda.items.filter((i) => i.kind === 'hot-seat').every((i) => i.prompts.length === 3 && i.technique),
      ).toBe(true);
    },
  );

  it('when sessions follow each other, then each member opens a session in turn and techniques rotate', () => {
    const openers = [1, 2, 3, 4, 5].map(
      (seq) =>
        buildAgenda({ podName: 'Pod', members: members(4), seq, count: 6, durationMinutes: 120 }).items[1]!,
    );
    expect(openers.map((i) => i.memberId)).toEqual(['m1', 'm2', 'm3', 'm4', 'm1']);
    expect(new Set(openers.map((i) => i.technique!.id)).size).toBe(5);
  });

  it('when the session is too short for the structure, then it says so', () => {
    expect(() =>
      buildAgenda({ podName: 'Pod', members: members(4), seq: 1, count: 6, durationMinutes: 90 }),
    ).toThrow(RangeError);
  });

  it('when any length the session rules accept is used, then the agenda builds and fills it exactly', () => {
    for (const size of [2, 3, 4, 5]) {
      const { min, max } = sessionLengthBounds(size);
      for (let duration = min; duration <= max; duration += SESSION_GRID_MINUTES) {
        expect(sessionLengthProblem(duration, size)).toBeUndefined();
        const agenda = buildAgenda({
          podName: 'Pod',
          members: members(size),
          seq: 1,
          count: 6,
          durationMinutes: duration,
        });
        const last = agenda.items.at(-1)!;
        expect(last.offsetMinutes + last.minutes).toBe(duration);
      }
    }
  });

  it('when names carry markup, then the invite body escapes them', () => {
    const agenda = buildAgenda({
      podName: '<b>Pod</b>',
      members: [
        { id: 'a', name: '<script>alert(1)</script>' },
        { id: 'b', name: 'Zoë & "Ann"' },
      ],
      seq: 1,
      count: 6,
      durationMinutes: 90,
      openCommitments: [{ memberId: 'a', text: '<img src=x>' }],
    });
    const html = renderAgendaHtml(agenda);
    expect(html).not.toMatch(/<script|<img|<b>Pod/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Zoë &amp; &quot;Ann&quot;');
    expect(html).toContain('Intent');
  });
});

describe('seriesOccurrences', () => {
  it('when a biweekly series in New York crosses the March change, then every session keeps its local time', () => {
    const first = Date.UTC(2026, 1, 24, 15, 0); // Tue 24 Feb 10:00 EST
    const times = seriesOccurrences(first, 90 * 60_000, 'America/New_York', 2, 4);
    const local = times.map((t) =>
      new Date(t.start).toLocaleTimeString('en-GB', {
        timeZone: 'America/New_York',
        hour: '2-digit',
        minute: '2-digit',
      }),
    );
    expect(local).toEqual(['10:00', '10:00', '10:00', '10:00']);
    expect(times[1]!.start - times[0]!.start).toBe(14 * 86_400_000 - 3_600_000);
    expect(times[2]!.start - times[1]!.start).toBe(14 * 86_400_000);
    expect(times.map((t) => t.seq)).toEqual([1, 2, 3, 4]);
  });
});
