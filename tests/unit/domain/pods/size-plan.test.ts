import { planPodSizes, proposePods, PodFormationInputError } from '../../../../api/domain/pods';
import { givenParticipant, givenPodSettings } from '../../../fixtures/pod-participants';

describe('size planning', () => {
  it.each`
    n     | min  | max  | sizes              | valid
    ${2}  | ${2} | ${4} | ${[2]}             | ${true}
    ${3}  | ${2} | ${4} | ${[3]}             | ${true}
    ${4}  | ${2} | ${4} | ${[4]}             | ${true}
    ${5}  | ${2} | ${4} | ${[3, 2]}          | ${true}
    ${6}  | ${2} | ${4} | ${[3, 3]}          | ${true}
    ${7}  | ${2} | ${4} | ${[4, 3]}          | ${true}
    ${9}  | ${2} | ${4} | ${[3, 3, 3]}       | ${true}
    ${10} | ${2} | ${4} | ${[4, 3, 3]}       | ${true}
    ${11} | ${2} | ${4} | ${[4, 4, 3]}       | ${true}
    ${13} | ${2} | ${4} | ${[4, 3, 3, 3]}    | ${true}
    ${3}  | ${3} | ${4} | ${[3]}             | ${true}
    ${4}  | ${3} | ${4} | ${[4]}             | ${true}
    ${5}  | ${3} | ${4} | ${[3, 2]}          | ${false}
    ${6}  | ${3} | ${4} | ${[3, 3]}          | ${true}
    ${7}  | ${3} | ${4} | ${[4, 3]}          | ${true}
    ${9}  | ${3} | ${4} | ${[3, 3, 3]}       | ${true}
    ${10} | ${3} | ${4} | ${[4, 3, 3]}       | ${true}
    ${11} | ${3} | ${4} | ${[4, 4, 3]}       | ${true}
    ${13} | ${3} | ${4} | ${[4, 3, 3, 3]}    | ${true}
    ${2}  | ${2} | ${3} | ${[2]}             | ${true}
    ${3}  | ${2} | ${3} | ${[3]}             | ${true}
    ${4}  | ${2} | ${3} | ${[2, 2]}          | ${true}
    ${5}  | ${2} | ${3} | ${[3, 2]}          | ${true}
    ${6}  | ${2} | ${3} | ${[3, 3]}          | ${true}
    ${7}  | ${2} | ${3} | ${[3, 2, 2]}       | ${true}
    ${9}  | ${2} | ${3} | ${[3, 3, 3]}       | ${true}
    ${10} | ${2} | ${3} | ${[3, 3, 2, 2]}    | ${true}
    ${11} | ${2} | ${3} | ${[3, 3, 3, 2]}    | ${true}
    ${13} | ${2} | ${3} | ${[3, 3, 3, 2, 2]} | ${true}
  `(
    'when $n people are split with bounds $min–$max, then sizes are $sizes (valid: $valid)',
    ({ n, min, max, sizes, valid }) => {
      const plan = planPodSizes(n, min, max, max);
      expect(plan).toEqual({ sizes, valid });
      expect(plan.sizes.reduce((a, b) => a + b, 0)).toBe(n);
    },
  );

  it('when fewer people enrol than the minimum pod size, then proposing fails on the participants field', () => {
    const attempt = () =>
      proposePods([givenParticipant(), givenParticipant()], givenPodSettings({ sizeMin: 3 }));
    expect(attempt).toThrow(PodFormationInputError);
    expect(attempt).toThrow(expect.objectContaining({ field: 'participants' }));
  });

  it('when no split keeps the bounds, then everyone is still placed and the size rule is listed as unmet', () => {
    const people = Array.from({ length: 5 }, (_, i) => givenParticipant({ dept: `D${i}` }));
    const proposal = proposePods(people, givenPodSettings({ sizeMin: 3, sizeMax: 4 }));
    expect(proposal.pods.flatMap((p) => p.members).sort()).toEqual(people.map((p) => p.id).sort());
    expect(proposal.unmet.filter((u) => u.rule === 'pod-size').length).toBeGreaterThan(0);
  });

  it.each`
    field               | settings
    ${'sizeMin'}        | ${{ sizeMin: 4, sizeMax: 3 }}
    ${'sizeMax'}        | ${{ sizeMax: 5 }}
    ${'sizeMin'}        | ${{ sizeMin: 1 }}
    ${'targetSize'}     | ${{ targetSize: 2 }}
    ${'weekStart'}      | ${{ weekStart: '2026-13-40' }}
    ${'sessionMinutes'} | ${{ sessionMinutes: 0 }}
    ${'weights.level'}  | ${{ weights: { level: -1 } }}
  `('when settings have a bad $field, then a PodFormationInputError names it', ({ field, settings }) => {
    const people = Array.from({ length: 8 }, () => givenParticipant());
    expect(() => proposePods(people, givenPodSettings(settings))).toThrow(
      expect.objectContaining({ name: 'PodFormationInputError', field }),
    );
  });
});
