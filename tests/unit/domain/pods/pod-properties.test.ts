import fc from 'fast-check';
import { evaluatePod, planPodSizes, proposePods, type Participant } from '../../../../api/domain/pods';
import { givenOrg, givenPodSettings } from '../../../fixtures/pod-participants';

const boundsArb = fc.constantFrom<[number, number]>([3, 4], [2, 4], [2, 3], [4, 4], [3, 3]);
const orgArb = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  size: fc.integer({ min: 4, max: 60 }),
  depth: fc.integer({ min: 1, max: 8 }),
  bounds: boundsArb,
  avoidRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  previousRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  oneZone: fc.boolean(),
});

/** Pairs in a pod where one is in the other's reporting chain, checked straight from the input. */
const reportingLinePairs = (pod: Participant[]) =>
  pod.flatMap((a, i) =>
    pod.slice(i + 1).filter((b) => a.managerChain.includes(b.id) || b.managerChain.includes(a.id)),
  );
const avoidPairs = (pod: Participant[]) =>
  pod.flatMap((a, i) => pod.slice(i + 1).filter((b) => a.avoid.includes(b.id) || b.avoid.includes(a.id)));

describe('pod formation properties over random deep organizations', () => {
  it('when any org is grouped, then everyone is placed exactly once, valid size plans are kept, and the reporting line and avoid lists are honoured', () => {
    fc.assert(
      fc.property(orgArb, ({ seed, size, depth, bounds, avoidRate, previousRate, oneZone }) => {
        const [sizeMin, sizeMax] = bounds;
        const plan = planPodSizes(size, sizeMin, sizeMax, sizeMax);
        const { participants } = givenOrg({
          seed,
          size,
          depth,
          avoidRate,
          previousRate,
          plantedSizes: plan.sizes,
          ...(oneZone ? { zones: ['Europe/Berlin'] } : {}),
        });
        const byId = new Map(participants.map((p) => [p.id, p]));
        const proposal = proposePods(participants, givenPodSettings({ sizeMin, sizeMax, seed }));
        const placed = proposal.pods.flatMap((p) => p.members);
        expect(placed.sort()).toEqual(participants.map((p) => p.id).sort());
        if (plan.valid)
          for (const pod of proposal.pods) expect(pod.members.length).toBeGreaterThanOrEqual(sizeMin);
        if (plan.valid)
          for (const pod of proposal.pods) expect(pod.members.length).toBeLessThanOrEqual(sizeMax);
        for (const pod of proposal.pods) {
          const members = pod.members.map((id) => byId.get(id)!);
          // The planted grouping proves a valid answer exists, so these must hold.
          if (plan.valid) expect(reportingLinePairs(members)).toEqual([]);
          if (plan.valid) expect(avoidPairs(members)).toEqual([]);
          // Whatever a pod breaks is in `unmet`, and nothing else is.
          const rules = evaluatePod(pod.members, byId, givenPodSettings({ sizeMin, sizeMax })).violations.map(
            (v) => v.rule,
          );
          const listed = proposal.unmet.filter(
            (u) => u.people.length && u.people.every((id) => pod.members.includes(id)),
          );
          expect(listed.map((u) => u.rule).sort()).toEqual(rules.sort());
        }
        // Everyone works 08:00 or later for 8 hours in one zone: a 90-minute window always exists.
        if (oneZone && plan.valid) expect(proposal.unmet).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('when the same org is grouped twice with one seed, then the proposals are identical', () => {
    fc.assert(
      fc.property(orgArb, ({ seed, size, depth, bounds, avoidRate }) => {
        const { participants } = givenOrg({ seed, size, depth, avoidRate });
        const settings = givenPodSettings({ sizeMin: bounds[0], sizeMax: bounds[1], seed });
        expect(proposePods(participants, settings)).toEqual(
          proposePods(structuredClone(participants), settings),
        );
      }),
      { numRuns: 15 },
    );
  });
});
