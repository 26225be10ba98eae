export interface SummaryMember {
  id: string;
  name: string;
}

export interface SummaryCheckout {
  personId: string;
  insight: string;
  insightShareable: boolean;
  showName: boolean;
}

export interface SummaryInput {
  podName: string;
  seq: number;
  count: number;
  members: readonly SummaryMember[];
  /** People who checked in to the session. */
  checkedIn: readonly string[];
  checkouts: readonly SummaryCheckout[];
}

export interface SharedInsight {
  text: string;
  /** The author's name, only when they allowed it; null means anonymous. */
  author: string | null;
}

/** What may leave the pod after a session: nothing but these fields. */
export interface SessionSummary {
  podName: string;
  seq: number;
  count: number;
  /** Members who checked in or checked out. */
  attendance: number;
  insights: SharedInsight[];
}

/**
 * The channel summary of a session. Only insights their authors marked shareable are included, with the name only
 * where the author allowed it; commitments, check-in notes and every other word stay in the pod.
 */
export function summarizeSession(input: SummaryInput): SessionSummary {
  const names = new Map(input.members.map((member) => [member.id, member.name]));
  const present = new Set(
    [...input.checkedIn, ...input.checkouts.map((c) => c.personId)].filter((id) => names.has(id)),
  );
  const insights = input.checkouts
    .filter((checkout) => checkout.insightShareable && names.has(checkout.personId))
    .map((checkout) => ({
      text: checkout.insight,
      author: checkout.showName ? names.get(checkout.personId) || null : null,
    }));
  return { podName: input.podName, seq: input.seq, count: input.count, attendance: present.size, insights };
}
