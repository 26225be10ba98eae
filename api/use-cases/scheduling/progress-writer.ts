import type { TenantStore } from '../../ports';
import { countOutcomes, type PodOutcome } from './cohort-outcomes';

const FLUSH_EVERY_MS = 250;

/**
 * Keeps a run's outcomes in memory and writes them at most every 250 ms, one write at a time. Outcomes lost in a
 * crash are rebuilt on resume from the sessions table, which is the record of what was booked.
 */
export class ProgressWriter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: TenantStore,
    private readonly runId: string,
    readonly outcomes: Record<string, PodOutcome>,
  ) {}

  record(podId: string, outcome: PodOutcome): void {
    this.outcomes[podId] = outcome;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.write('running');
    }, FLUSH_EVERY_MS);
  }

  /** Writes now, with the run's final (or current) state. */
  async flush(state: 'running' | 'completed' | 'failed'): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.write(state);
  }

  private write(state: 'running' | 'completed' | 'failed'): Promise<void> {
    const { done, failed } = countOutcomes(this.outcomes);
    const snapshot = {
      state,
      done,
      failed,
      total: Object.keys(this.outcomes).length,
      outcomes: { ...this.outcomes },
    };
    this.writing = this.writing
      .then(() => this.store.jobRuns.saveProgress(this.runId, snapshot))
      .catch(() => undefined);
    return this.writing;
  }
}
