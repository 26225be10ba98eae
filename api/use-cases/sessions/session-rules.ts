import { ConflictError } from '../../errors';
import type { Session } from '../../domain/sessions/session';

/** 409 once a session is cancelled or closed: its `notes` (check-ins, check-outs) can no longer change. */
export function requireOpenSession(session: Session, notes: string): void {
  if (session.state === 'cancelled') throw new ConflictError('This session was cancelled.');
  if (session.closedAt) throw new ConflictError(`This session is closed; its ${notes} can no longer change.`);
}
