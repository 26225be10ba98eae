import { agendaTimings, minSessionMinutes } from './session-length';
import { TECHNIQUES, type Technique } from './techniques';

export interface AgendaMember {
  id: string;
  name: string;
}

export interface AgendaInput {
  podName: string;
  /** In pod order; the hot-seat order rotates from it by session. */
  members: AgendaMember[];
  /** 1-based number of this session in the series. */
  seq: number;
  count: number;
  durationMinutes: number;
  /** Commitments made last session, followed up at check-in. */
  openCommitments?: { memberId: string; text: string }[];
}

export type AgendaItemKind = 'check-in' | 'hot-seat' | 'check-out' | 'buffer';

export interface AgendaItem {
  kind: AgendaItemKind;
  /** Minutes from the start of the session. */
  offsetMinutes: number;
  minutes: number;
  title: string;
  /** The member in the hot seat. */
  memberId?: string;
  prompts: string[];
  technique?: Technique;
}

export interface Agenda {
  podName: string;
  seq: number;
  count: number;
  durationMinutes: number;
  items: AgendaItem[];
}

const CHECK_IN_PROMPTS = ['How am I showing up today?', 'My last commitment: done, partly done or not done?'];
const PILLARS = [
  'Intent: what is the one question I want help with?',
  'Exploration: which strategies have I tried, and which assumptions sit behind them?',
  'Experiment: what one small, testable step will I take before we meet again?',
];
const CHECK_OUT_PROMPTS = ['One insight I take away', 'One commitment I will act on before the next session'];

/**
 * The run sheet of one session: check-in (10–15 min), one hot seat per member (20–30 min) in an order that
 * rotates so each member opens a session in turn, each with the three pillars and a technique from the library,
 * then check-out (10–15 min). Minutes the structure cannot use become a closing buffer.
 */
export function buildAgenda(input: AgendaInput): Agenda {
  const { members, seq, durationMinutes } = input;
  if (members.length < 1) throw new RangeError('an agenda needs at least one member');
  if (!Number.isInteger(seq) || seq < 1 || seq > input.count)
    throw new RangeError(`session ${seq} is not in 1..${input.count}`);
  const { frame, hotSeat } = timings(members.length, durationMinutes);
  const order = members.map((_, i) => members[(i + seq - 1) % members.length]!);
  const commitments = new Map((input.openCommitments ?? []).map((c) => [c.memberId, c.text]));
  const items: AgendaItem[] = [];
  let offset = 0;
  const push = (item: Omit<AgendaItem, 'offsetMinutes'>) => {
    items.push({ ...item, offsetMinutes: offset });
    offset += item.minutes;
  };
  const followUps = members
    .filter((m) => commitments.has(m.id))
    .map((m) => `${m.name} committed to: ${commitments.get(m.id)}`);
  push({ kind: 'check-in', minutes: frame, title: 'Check-in', prompts: [...CHECK_IN_PROMPTS, ...followUps] });
  order.forEach((member, k) => {
    const technique = TECHNIQUES[(seq - 1 + k) % TECHNIQUES.length]!;
    push({
      kind: 'hot-seat',
      minutes: hotSeat,
      title: `Hot seat: ${member.name}`,
      memberId: member.id,
      prompts: PILLARS,
      technique,
    });
  });
  push({ kind: 'check-out', minutes: frame, title: 'Check-out', prompts: CHECK_OUT_PROMPTS });
  const spare = durationMinutes - offset;
  if (spare > 0) push({ kind: 'buffer', minutes: spare, title: 'Buffer and close', prompts: [] });
  return { podName: input.podName, seq, count: input.count, durationMinutes, items };
}

/** The agenda's timings; a length below `minSessionMinutes` is refused before any agenda is asked for it. */
function timings(size: number, duration: number): { frame: number; hotSeat: number } {
  const timing = agendaTimings(size, duration);
  if (timing) return timing;
  throw new RangeError(
    `${duration} minutes cannot hold a pod of ${size}; it needs at least ${minSessionMinutes(size)}`,
  );
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The agenda as the HTML body of the meeting invite; every name and text is escaped. */
export function renderAgendaHtml(agenda: Agenda): string {
  const rows = agenda.items
    .map((item) => {
      const prompts = item.prompts.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
      const technique = item.technique
        ? `<p><strong>Technique: ${escapeHtml(item.technique.name)}.</strong> ${escapeHtml(item.technique.prompt)}</p>`
        : '';
      return (
        `<tr><td style="vertical-align:top;padding-right:12px">+${item.offsetMinutes} min</td>` +
        `<td><strong>${escapeHtml(item.title)}</strong> (${item.minutes} min)${prompts ? `<ul>${prompts}</ul>` : ''}${technique}</td></tr>`
      );
    })
    .join('');
  return (
    `<h2>${escapeHtml(agenda.podName)}: peer coaching session</h2>` +
    `<p>Session ${agenda.seq} of ${agenda.count}, ${agenda.durationMinutes} minutes. What is said in the pod stays in the pod.</p>` +
    `<table>${rows}</table>`
  );
}
