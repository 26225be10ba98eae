import type { WorkingHours } from '../time';

/** One enrolled person, as pod formation sees them. */
export interface Participant {
  id: string;
  /** Seniority 1 (entry) .. 7 (executive). */
  level: number;
  department: string;
  /** Ids of every manager up to the top of the organization, nearest first. */
  managerChain: string[];
  workingHours: WorkingHours;
  goals: string[];
  interests: string[];
  /** Ids this person asked not to be matched with. */
  avoid: string[];
  /** Ids this person shared a pod with in the previous cohort of the same program. */
  previousPartners: string[];
}

export type PodMode = 'cross-functional' | 'same-function';

/** Relative weights of the soft rules; each rule scores 0..1 and the pod's quality is their weighted mean. */
export interface PodWeights {
  level: number;
  function: number;
  shared: number;
  timeZone: number;
  repeat: number;
}

export interface PodSettings {
  sizeMin: number;
  sizeMax: number;
  /** Preferred size; defaults to sizeMax. */
  targetSize?: number;
  mode: PodMode;
  sessionMinutes: number;
  /** First day of the cohort's first week, 'YYYY-MM-DD'; working-hours overlap is measured over its 7 days. */
  weekStart: string;
  weights?: Partial<PodWeights>;
  seed: number;
}

export type HardRule = 'pod-size' | 'reporting-chain' | 'avoid' | 'working-hours' | 'left-out';

/** A hard rule a pod breaks, with the people involved and a sentence an owner can read. */
export interface Violation {
  rule: HardRule;
  people: string[];
  why: string;
}

/** Why a pod fits (or doesn't), as shown to the program owner. */
export interface PodFit {
  /** Minutes a week when every member is within working hours. */
  weeklyOverlapMinutes: number;
  /** Longest stretch when every member is within working hours. */
  longestCommonWindowMinutes: number;
  levelSpread: number;
  departments: string[];
  sharedGoals: string[];
  sharedInterests: string[];
  timeZones: string[];
  /** Pairs in the pod who were partners in the previous cohort. */
  repeatedPairs: number;
  /** Soft quality 0..100 minus hard-rule penalties; higher is better. */
  score: number;
  notes: string[];
}

/** A pod as formation proposes it: members and why they fit. */
export interface FormedPod {
  members: string[];
  fit: PodFit;
}

export interface PodProposal {
  pods: FormedPod[];
  /** Every hard rule the proposal could not meet, and why. */
  unmet: Violation[];
  /** Member-weighted mean of pod scores (see proposalObjective); higher is better. */
  objective: number;
}

export type PodChange =
  { kind: 'swap'; a: string; b: string } | { kind: 'move'; person: string; toPod: number };

/** A proposal after an owner's change, with the hard-rule breaches that change brought in. */
export interface ChangedProposal extends PodProposal {
  introduced: Violation[];
}
