import type { SessionCards, SessionHeading } from '../../ports';
import { cardInstant } from './adaptive-card';
import { afterSessionCard, beforeSessionCard } from './reminder-card';
import { sessionSummaryCard } from './session-summary-card';

const heading = (session: SessionHeading) => ({ ...session, startsAt: cardInstant(session.startsAt) });

/** The session loop's cards as Teams renders them. */
export const teamsSessionCards: SessionCards = {
  summary: sessionSummaryCard,
  beforeSession: (session, commitment) => beforeSessionCard({ ...heading(session), commitment }),
  afterSession: (session) => afterSessionCard(heading(session)),
};
