import { describe, expect, it } from '@jest/globals';
import { summarizeSession, type SummaryInput } from '../../../../api/domain/sessions/session-summary';

const members = [
  { id: 'a', name: 'Ada' },
  { id: 'b', name: 'Bo' },
  { id: 'c', name: 'Cy' },
];
const given = (overrides: Partial<SummaryInput> = {}): SummaryInput => ({
  podName: 'Pod 1',
  seq: 2,
  count: 6,
  members,
  checkedIn: [],
  checkouts: [],
  ...overrides,
});
const checkout = (personId: string, insight: string, insightShareable: boolean, showName = false) => ({
  personId,
  insight,
  insightShareable,
  showName,
});

describe('summarizeSession', () => {
  it('when only some insights are shareable, then only those are included, named only where allowed', () => {
    const summary = summarizeSession(
      given({
        checkouts: [
          checkout('a', 'named', true, true),
          checkout('b', 'anonymous', true),
          checkout('c', 'private', false, true),
        ],
      }),
    );
    expect(summary.insights).toEqual([
      { text: 'named', author: 'Ada' },
      { text: 'anonymous', author: null },
    ]);
  });

  it('when members checked in or out, then attendance counts each member once and ignores non-members', () => {
    const summary = summarizeSession(
      given({ checkedIn: ['a', 'b', 'x'], checkouts: [checkout('b', 'i', false), checkout('z', 'i', true)] }),
    );
    expect(summary.attendance).toBe(2);
    expect(summary.insights).toEqual([]);
  });

  it('when the author allowed their name but it is unknown, then the insight is anonymous', () => {
    const summary = summarizeSession(
      given({ members: [{ id: 'a', name: '' }], checkouts: [checkout('a', 'i', true, true)] }),
    );
    expect(summary.insights).toEqual([{ text: 'i', author: null }]);
  });
});
