const LABELS: Record<string, string> = {
  enrolling: 'Enrolling',
  proposed: 'Pods proposed',
  published: 'Pods published',
  scheduling: 'Scheduling',
  running: 'Running',
  closed: 'Closed',
};

/** The cohort stage in words. */
export function statusLabel(status: string): string {
  return LABELS[status] ?? status;
}
