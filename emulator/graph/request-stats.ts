/** Counts of Graph requests by operation and status; $batch envelopes and each sub-request count. */
export interface StatsSnapshot {
  since: string;
  total: number;
  batchCalls: number;
  batchedRequests: number;
  byStatus: Record<string, number>;
  byOperation: Record<string, { count: number; byStatus: Record<string, number> }>;
}

export class RequestStats {
  private data: StatsSnapshot = RequestStats.empty();

  private static empty(): StatsSnapshot {
    return {
      since: new Date().toISOString(),
      total: 0,
      batchCalls: 0,
      batchedRequests: 0,
      byStatus: {},
      byOperation: {},
    };
  }

  record(operation: string, status: number, inBatch: boolean): void {
    const d = this.data;
    d.total++;
    if (operation === 'batch') d.batchCalls++;
    if (inBatch) d.batchedRequests++;
    d.byStatus[status] = (d.byStatus[status] ?? 0) + 1;
    const op = (d.byOperation[operation] ??= { count: 0, byStatus: {} });
    op.count++;
    op.byStatus[status] = (op.byStatus[status] ?? 0) + 1;
  }

  snapshot(): StatsSnapshot {
    return structuredClone(this.data);
  }

  /** Clears the counters and returns what they held. */
  reset(): StatsSnapshot {
    const previous = this.data;
    this.data = RequestStats.empty();
    return previous;
  }
}
