import type { EmulatorClock } from './types';

/**
 * The emulator's clock: runs with real time (optionally shifted) or stands still at a fixed instant.
 * Moving it never moves timers; only the reported time.
 */
export class ControllableClock implements EmulatorClock {
  private offsetMs = 0;
  private fixedAt: number | null;

  constructor(start?: string | number) {
    this.fixedAt = start === undefined ? null : toMs(start);
  }

  now(): number {
    return this.fixedAt ?? Date.now() + this.offsetMs;
  }

  get frozen(): boolean {
    return this.fixedAt !== null;
  }

  /** Jumps to `at`; a frozen clock stays frozen there, a running one keeps running from there. */
  set(at: string | number, frozen = this.frozen): void {
    const ms = toMs(at);
    if (frozen) {
      this.fixedAt = ms;
    } else {
      this.fixedAt = null;
      this.offsetMs = ms - Date.now();
    }
  }

  advance(ms: number): void {
    if (this.fixedAt !== null) this.fixedAt += ms;
    else this.offsetMs += ms;
  }
}

function toMs(at: string | number): number {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (!Number.isFinite(ms)) throw new Error(`Not a valid instant: ${String(at)}`);
  return ms;
}
