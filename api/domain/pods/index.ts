export * from './types';
export { PodFormationInputError } from './errors';
export { DEFAULT_WEIGHTS } from './settings';
export { planPodSizes, type SizePlan } from './size-plan';
export { proposePods } from './propose-pods';
export { evaluatePod, type ParticipantsById } from './evaluate-pod';
export { applyChange } from './apply-change';
export { groupingObjective } from './pod-objective';
export { explainPods } from './explain-pods';
