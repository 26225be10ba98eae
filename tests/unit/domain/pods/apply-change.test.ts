import { applyChange, proposePods, PodFormationInputError } from '../../../../api/domain/pods';
import { givenParticipant, givenPodSettings } from '../../../fixtures/pod-participants';

const departments = ['Sales', 'Engineering', 'Finance', 'Design', 'Product', 'Support'];

function givenCohortWithManagerAndReport() {
  const manager = givenParticipant({ id: 'manager', level: 4, dept: 'Sales' });
  const report = givenParticipant({
    id: 'report',
    level: 4,
    dept: 'Sales',
    managerChain: ['manager', 'director'],
  });
  const others = Array.from({ length: 6 }, (_, i) =>
    givenParticipant({ id: `peer${i}`, level: 4, dept: departments[i] }),
  );
  const participants = [manager, report, ...others];
  const settings = givenPodSettings();
  return { participants, settings, proposal: proposePods(participants, settings) };
}

describe('owner changes to a proposal', () => {
  it('when a swap puts a manager with their report, then the change is applied and the reporting-line breach is named', () => {
    const { participants, settings, proposal } = givenCohortWithManagerAndReport();
    const managerPod = proposal.pods.find((p) => p.members.includes('manager'))!;
    expect(managerPod.members).not.toContain('report');
    const mate = managerPod.members.find((id) => id !== 'manager')!;

    const changed = applyChange(proposal, { kind: 'swap', a: mate, b: 'report' }, participants, settings);

    const pod = changed.pods.find((p) => p.members.includes('manager'))!;
    expect(pod.members).toContain('report');
    expect(changed.introduced).toEqual([
      expect.objectContaining({
        rule: 'reporting-chain',
        people: ['manager', 'report'],
        why: expect.stringContaining("manager's reporting line"),
      }),
    ]);
    expect(pod.fit.notes.some((n) => n.startsWith('breaks reporting-chain'))).toBe(true);
    expect(changed.objective).toBeLessThan(proposal.objective);
  });

  it('when a swap keeps every rule, then nothing is introduced and both pods are explained again', () => {
    const { participants, settings, proposal } = givenCohortWithManagerAndReport();
    const [first, second] = proposal.pods as [(typeof proposal.pods)[0], (typeof proposal.pods)[0]];
    const a = first.members.find((id) => id.startsWith('peer'))!;
    const b = second.members.find((id) => id.startsWith('peer'))!;
    const changed = applyChange(proposal, { kind: 'swap', a, b }, participants, settings);
    expect(changed.introduced).toEqual([]);
    expect(changed.pods.find((p) => p.members.includes(a))!.members).toEqual(
      expect.arrayContaining(second.members.filter((id) => id !== b)),
    );
  });

  it('when a move makes a pod larger than the maximum size, then the size breach is named', () => {
    const { participants, settings, proposal } = givenCohortWithManagerAndReport();
    const from = proposal.pods.findIndex((p) => p.members.length === 4);
    const person = proposal.pods[from]!.members.find((id) => id.startsWith('peer'))!;
    const smallest = proposal.pods.findIndex((_, k) => k !== from);
    const out = applyChange(proposal, { kind: 'move', person, toPod: smallest }, participants, settings);
    expect(out.pods.flatMap((p) => p.members)).toHaveLength(participants.length);
    expect(out.introduced.map((v) => v.rule)).toContain('pod-size');
  });

  it('when the change names someone outside the proposal or a pod that does not exist, then it is refused', () => {
    const { participants, settings, proposal } = givenCohortWithManagerAndReport();
    expect(() =>
      applyChange(proposal, { kind: 'swap', a: 'nobody', b: 'report' }, participants, settings),
    ).toThrow(PodFormationInputError);
    expect(() =>
      applyChange(proposal, { kind: 'move', person: 'report', toPod: 9 }, participants, settings),
    ).toThrow(expect.objectContaining({ field: 'change.toPod' }));
  });
});
