import type { z } from 'zod';
import type { CachedPerson, Person } from '../domain/people/person';
import type { FormedPod } from '../domain/pods';
import type { Pod } from '../domain/pods/pod';
import type { Cohort, CohortStatus, ProposalSummary } from '../domain/programs/cohort';
import type { Enrollment, EnrollmentProfile } from '../domain/programs/enrollment';
import type { ChannelRef, Program } from '../domain/programs/program';
import type { WorkingHours } from '../domain/time';

export interface Tenant {
  id: string;
  displayName: string | null;
  /** Epoch ms. */
  createdAt: number;
}

export interface TenantRepository {
  /** Creates the tenant on first sight; later calls only fill a missing display name. */
  ensure(displayName?: string): Promise<Tenant>;
}

/** The directory cache: people as last read from Graph. */
export interface PeopleRepository {
  /** Inserts or refreshes one person and stamps the time. */
  upsert(person: Person): Promise<CachedPerson>;
  get(id: string): Promise<CachedPerson | undefined>;
  /** The cached people among `ids`, in no particular order; unknown ids are skipped. */
  listByIds(ids: readonly string[]): Promise<CachedPerson[]>;
}

export type NewProgram = Pick<Program, 'name' | 'goal' | 'ownerIds' | 'createdBy'> &
  Partial<Pick<Program, 'settings' | 'summaryChannel'>>;

export interface ProgramRepository {
  add(program: NewProgram): Promise<Program>;
  /** Adds co-owners (ids not already owners); undefined when the program is unknown. */
  addOwners(id: string, ownerIds: readonly string[]): Promise<Program | undefined>;
  /** Changes only the fields given; undefined when the program is unknown. */
  update(
    id: string,
    changes: { name?: string; goal?: string; summaryChannel?: ChannelRef | null },
  ): Promise<Program | undefined>;
  get(id: string): Promise<Program | undefined>;
  /** Programs the person owns, newest first. */
  listOwnedBy(personId: string): Promise<Program[]>;
}

export type NewCohort = Omit<Cohort, 'id' | 'status' | 'createdAt'>;

export interface CohortRepository {
  add(cohort: NewCohort): Promise<Cohort>;
  get(id: string): Promise<Cohort | undefined>;
  /** Cohorts of a program, earliest start first. */
  listByProgram(programId: string): Promise<Cohort[]>;
  /** The current pod proposal's summary, or null when none was made (or it was discarded). */
  getProposal(id: string): Promise<ProposalSummary | null>;
  /** Saves (or, with null, discards) the proposal summary and sets the cohort's status with it. */
  saveProposal(id: string, proposal: ProposalSummary | null, status: CohortStatus): Promise<void>;
  setStatus(id: string, status: CohortStatus): Promise<void>;
}

export interface NewEnrollment {
  cohortId: string;
  personId: string;
  profile: EnrollmentProfile;
  avoidPersonIds?: string[];
  workingHours?: WorkingHours | null;
}

export interface EnrollmentRepository {
  /** Enrolls a person; throws a conflict when they are already enrolled in the cohort. */
  add(enrollment: NewEnrollment): Promise<Enrollment>;
  get(cohortId: string, personId: string): Promise<Enrollment | undefined>;
  /** Enrolls again someone who had withdrawn; undefined when there is no such row. */
  rejoin(enrollment: NewEnrollment): Promise<Enrollment | undefined>;
  /** Marks an active enrollment withdrawn; false when there was none. */
  withdraw(cohortId: string, personId: string): Promise<boolean>;
  /** Sets (or with null clears) the member's own hours; undefined when not actively enrolled. */
  setWorkingHours(
    cohortId: string,
    personId: string,
    hours: WorkingHours | null,
  ): Promise<Enrollment | undefined>;
  listByCohort(cohortId: string): Promise<Enrollment[]>;
}

export interface NewPod {
  name: string;
  /** Person ids in pod order. */
  memberIds: string[];
  fit: FormedPod['fit'] | null;
}

export interface PodRepository {
  /** Replaces the cohort's unpublished pods; run it in a transaction so a failure keeps the previous proposal. */
  replaceProposal(cohortId: string, pods: NewPod[]): Promise<Pod[]>;
  get(id: string): Promise<Pod | undefined>;
  listByCohort(cohortId: string): Promise<Pod[]>;
  /** Published pods the person belongs to, newest first. */
  listForPerson(personId: string): Promise<Pod[]>;
  /** Marks every pod of the cohort published at `at` (epoch ms); returns how many. */
  publish(cohortId: string, at: number): Promise<number>;
}

export type JobRunState = 'queued' | 'running' | 'completed' | 'failed';

/** Progress of a long job, saved as it goes so a restarted worker resumes it and callers can watch it. */
export interface JobRun<O> {
  id: string;
  kind: string;
  subjectId: string;
  state: JobRunState;
  done: number;
  total: number;
  failed: number;
  /** Per-item outcome, keyed by item id. */
  outcomes: Record<string, O>;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms. */
  updatedAt: number;
}

export interface JobRunProgress<O> {
  state: JobRunState;
  done: number;
  total: number;
  failed: number;
  outcomes: Record<string, O>;
}

/** Job runs; `outcome` parses each stored outcome. */
export interface JobRunRepository {
  create<O>(run: {
    kind: string;
    subjectId: string;
    total: number;
    outcomes: Record<string, O>;
  }): Promise<JobRun<O>>;
  get<O>(id: string, outcome: z.ZodType<O>): Promise<JobRun<O> | undefined>;
  /** The newest run of a kind for a subject that has not finished. */
  findUnfinished<O>(kind: string, subjectId: string, outcome: z.ZodType<O>): Promise<JobRun<O> | undefined>;
  saveProgress<O>(id: string, progress: JobRunProgress<O>): Promise<void>;
}
