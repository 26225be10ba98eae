import { evaluatePod, proposePods, type Participant } from '../../../../api/domain/pods';
import { givenParticipant, givenPodSettings } from '../../../fixtures/pod-participants';

const byId = (people: Participant[]) => new Map(people.map((p) => [p.id, p]));
const podOf = (proposal: ReturnType<typeof proposePods>, id: string) =>
  proposal.pods.findIndex((p) => p.members.includes(id));
const departments = ['Sales', 'Engineering', 'Finance', 'Design', 'Product', 'Support'];

describe('proposing pods', () => {
  it('when seven people enrol with bounds 3–4, then they form a pod of four and a trio and nobody is left out', () => {
    const people = Array.from({ length: 7 }, (_, i) => givenParticipant({ dept: departments[i % 6] }));
    const proposal = proposePods(people, givenPodSettings());
    expect(proposal.pods.map((p) => p.members.length).sort()).toEqual([3, 4]);
    expect(proposal.pods.flatMap((p) => p.members).sort()).toEqual(people.map((p) => p.id).sort());
    expect(proposal.unmet).toEqual([]);
  });

  it('when a skip-level manager enrols with their indirect report, then they land in different pods', () => {
    // The middle manager is not enrolled: only the full chain reveals the reporting line.
    const vp = givenParticipant({ id: 'vp', level: 4, dept: 'Sales' });
    const report = givenParticipant({ id: 'report', level: 4, managerChain: ['lead', 'vp'], dept: 'Design' });
    const others = Array.from({ length: 6 }, (_, i) =>
      givenParticipant({ level: i < 3 ? 1 : 7, dept: departments[i] }),
    );
    const proposal = proposePods([vp, report, ...others], givenPodSettings());
    expect(podOf(proposal, 'vp')).not.toBe(podOf(proposal, 'report'));
    expect(proposal.unmet).toEqual([]);
  });

  it('when someone asks not to be matched with a colleague, then they are apart even if everything else fits best together', () => {
    const a = givenParticipant({ id: 'a', level: 3, dept: 'Sales', goals: ['influence'], avoid: ['b'] });
    const b = givenParticipant({ id: 'b', level: 3, dept: 'Design', goals: ['influence'] });
    const others = Array.from({ length: 4 }, (_, i) =>
      givenParticipant({ level: i < 2 ? 1 : 6, dept: 'Finance' }),
    );
    const proposal = proposePods([a, b, ...others], givenPodSettings());
    expect(podOf(proposal, 'a')).not.toBe(podOf(proposal, 'b'));
  });

  it("when nobody shares one person's working hours, then they are still placed and the unmet rule says why", () => {
    const nightOwl = givenParticipant({ id: 'owl', tz: 'Europe/London', hours: '22:00-23:30' });
    const day = Array.from({ length: 5 }, (_, i) => givenParticipant({ dept: departments[i] }));
    const proposal = proposePods([nightOwl, ...day], givenPodSettings());
    expect(podOf(proposal, 'owl')).toBeGreaterThanOrEqual(0);
    const unmet = proposal.unmet.filter((u) => u.rule === 'working-hours');
    expect(unmet).toHaveLength(1);
    expect(unmet[0]!.people).toContain('owl');
    expect(unmet[0]!.why).toMatch(/no other participant's working hours overlap those of owl/);
  });

  it('when London and New York colleagues share an afternoon, then the fit reports the overlap and the zones', () => {
    const people = [
      givenParticipant({ id: 'ldn', tz: 'Europe/London', dept: 'Sales' }),
      givenParticipant({ id: 'nyc', tz: 'America/New_York', dept: 'Finance' }),
      givenParticipant({ id: 'ldn2', tz: 'Europe/London', dept: 'Design' }),
    ];
    const fit = evaluatePod(['ldn', 'nyc', 'ldn2'], byId(people), givenPodSettings());
    // 2026-03-02 is before the US change: New York 09:00 is 14:00 UTC, so 14:00-17:00 UTC on five days.
    expect(fit.longestCommonWindowMinutes).toBe(180);
    expect(fit.weeklyOverlapMinutes).toBe(5 * 180);
    expect(fit.timeZones.sort()).toEqual(['America/New_York', 'Europe/London']);
    expect(fit.violations).toEqual([]);
  });

  it('when the session is longer than the shared window, then the pod breaks the working-hours rule', () => {
    const people = [
      givenParticipant({ id: 'syd', tz: 'Australia/Sydney' }),
      givenParticipant({ id: 'ldn', tz: 'Europe/London' }),
    ];
    const fit = evaluatePod(['syd', 'ldn'], byId(people), givenPodSettings({ sizeMin: 2 }));
    expect(fit.violations.map((v) => v.rule)).toEqual(['working-hours']);
  });

  it('when two people were partners last cohort, then the new proposal keeps them apart', () => {
    const people = Array.from({ length: 8 }, (_, i) =>
      givenParticipant({ id: `r${i}`, dept: departments[i % 6] }),
    );
    people[0]!.previousPartners = ['r1'];
    people[1]!.previousPartners = ['r0'];
    const proposal = proposePods(people, givenPodSettings());
    expect(podOf(proposal, 'r0')).not.toBe(podOf(proposal, 'r1'));
    expect(proposal.pods.every((p) => p.fit.repeatedPairs === 0)).toBe(true);
  });

  it('when the mode is same-function, then pods group departments together', () => {
    const people = ['Sales', 'Design', 'Sales', 'Design', 'Sales', 'Design'].map((dept) =>
      givenParticipant({ dept }),
    );
    const proposal = proposePods(people, givenPodSettings({ mode: 'same-function', sizeMin: 3, sizeMax: 3 }));
    expect(proposal.pods.map((p) => p.fit.departments.length)).toEqual([1, 1]);
  });

  it('when levels differ widely, then pods gather similar levels', () => {
    const people = [1, 1, 1, 6, 6, 6].map((level, i) => givenParticipant({ level, dept: departments[i] }));
    const proposal = proposePods(people, givenPodSettings({ sizeMin: 3, sizeMax: 3 }));
    expect(proposal.pods.map((p) => p.fit.levelSpread)).toEqual([0, 0]);
  });
});
