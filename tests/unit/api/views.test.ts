import type { z } from 'zod';
import type { CachedPerson } from '../../../api/domain/people';
import type { Pod } from '../../../api/domain/pods';
import type { Cohort, Program } from '../../../api/domain/programs';
import { findRecurringSlots, proposeOccurrenceMove, type Series } from '../../../api/domain/scheduling';
import { buildAgenda } from '../../../api/domain/sessions/agenda';
import { computeCohortResults } from '../../../api/domain/sessions/cohort-results';
import type { Session } from '../../../api/domain/sessions/session';
import type { Checkin, Checkout, Commitment } from '../../../api/domain/sessions/session-records';
import * as schemas from '../../../api/http/schemas';
import { toEnrollmentView } from '../../../api/http/views/enrollment-views';
import { toProfileView } from '../../../api/http/views/people-views';
import { toPodView, toProposalView } from '../../../api/http/views/pod-views';
import { toCohortView, toProgramView } from '../../../api/http/views/program-views';
import {
  toConflictsView,
  toJobProgressView,
  toMoveView,
  toPodSessionsView,
  toSlotSearchView,
} from '../../../api/http/views/scheduling-views';
import {
  toAgendaView,
  toCheckInView,
  toCheckOutView,
  toCloseView,
  toMyPodsView,
  toNotesView,
} from '../../../api/http/views/session-views';
import { givenPerson, slotSearch } from '../../fixtures/scheduling-person';
import { aPerson, aSlot } from '../../fixtures/store-builders';

// The response schemas are the contract the tab parses with; each view must satisfy its schema exactly.
const AT = Date.parse('2026-03-03T09:00:00Z');
const ids = {
  program: '5b0c3a3e-0f5e-4d4b-9a0e-1f1a2b3c4d01',
  cohort: '5b0c3a3e-0f5e-4d4b-9a0e-1f1a2b3c4d02',
  pod: '5b0c3a3e-0f5e-4d4b-9a0e-1f1a2b3c4d03',
  series: '5b0c3a3e-0f5e-4d4b-9a0e-1f1a2b3c4d04',
  session: '5b0c3a3e-0f5e-4d4b-9a0e-1f1a2b3c4d05',
  commitment: '5b0c3a3e-0f5e-4d4b-9a0e-1f1a2b3c4d06',
};
const people: CachedPerson[] = ['p-1', 'p-2', 'p-3'].map((id) => ({ ...aPerson({ id }), syncedAt: AT }));
const byId = new Map(people.map((p) => [p.id, p]));

const program: Program = {
  id: ids.program,
  name: 'Leaders',
  goal: 'Grow',
  ownerIds: ['owner-1'],
  settings: { weights: { level: 4 } },
  summaryChannel: { teamId: 'team-1', channelId: '19:channel' },
  createdBy: 'owner-1',
  createdAt: AT,
};
const cohort: Cohort = {
  id: ids.cohort,
  programId: ids.program,
  name: 'Spring',
  startDate: '2026-03-02',
  cadence: 'biweekly',
  sessionCount: 6,
  sessionMinutes: null,
  podSizeMin: 3,
  podSizeMax: 4,
  matchingMode: 'cross-functional',
  eligibility: { minMonthsInRole: 6 },
  status: 'proposed',
  createdAt: AT,
};
const pod: Pod = {
  id: ids.pod,
  cohortId: ids.cohort,
  name: 'Pod 1',
  memberIds: ['p-1', 'p-2', 'p-3'],
  fit: null,
  publishedAt: null,
};
const series: Series = {
  id: ids.series,
  podId: ids.pod,
  organizerId: 'p-1',
  transactionId: 'tx-1',
  seriesEventId: 'event-1',
  state: 'booked',
  slot: aSlot({ cohortId: ids.cohort, joinUrl: 'https://teams.example/join' }),
  createdAt: AT,
};
const session: Session = {
  id: ids.session,
  seriesId: ids.series,
  podId: ids.pod,
  seq: 1,
  startsAt: AT,
  endsAt: AT + 90 * 60_000,
  graphEventId: null,
  state: 'scheduled',
  closedBy: null,
  closedAt: null,
};
const checkin: Checkin = {
  sessionId: ids.session,
  personId: 'p-1',
  mood: 'ok',
  commitmentStatus: 'done',
  note: null,
  createdAt: AT,
};
const checkout: Checkout = {
  sessionId: ids.session,
  personId: 'p-1',
  insight: 'Ask first',
  commitment: 'Try it',
  insightShareable: true,
  showName: false,
  createdAt: AT,
  updatedAt: AT,
};
const commitment: Commitment = {
  id: ids.commitment,
  podId: ids.pod,
  personId: 'p-1',
  fromSessionId: ids.session,
  text: 'Try it',
  status: 'done',
  followedUpAt: AT,
};
const search = slotSearch([
  givenPerson({ name: 'Ana', tz: 'Europe/Berlin', hours: '09:00-17:00' }),
  givenPerson({ name: 'Bo', tz: 'Europe/London', hours: '09:00-17:00' }),
]);
const members = search.members.map((m) => ({
  id: m.id,
  name: m.name ?? m.id,
  address: null,
  timeZone: null,
  workingHours: null,
}));
const move = proposeOccurrenceMove({
  members: search.members,
  anchorTimeZone: 'Europe/Berlin',
  original: { start: Date.parse('2026-03-03T10:00:00Z'), end: Date.parse('2026-03-03T11:00:00Z') },
  otherOccurrenceStarts: [],
  now: search.now,
});

const cases: [string, z.ZodType, unknown][] = [
  ['program', schemas.ProgramResponse, toProgramView(program)],
  ['cohort', schemas.CohortResponse, toCohortView({ cohort, enrolled: 7 })],
  [
    'enrollment',
    schemas.EnrollmentResponse,
    toEnrollmentView({
      enrollment: {
        cohortId: ids.cohort,
        personId: 'p-1',
        profile: { goals: 'Delegate', interests: ['ops'], level: '5' },
        avoidPersonIds: ['p-2'],
        workingHours: null,
        status: 'active',
        createdAt: AT,
      },
      person: people[0],
    }),
  ],
  [
    'pod proposal',
    schemas.PodProposalResponse,
    toProposalView({ cohort, pods: [pod], summary: { unmet: [], objective: 80, seed: 1 }, people: byId }),
  ],
  ['pod', schemas.PodResponse, toPodView({ pod, people: byId })],
  [
    'profile',
    schemas.MyProfileResponse,
    toProfileView({
      person: {
        id: 'p-1',
        displayName: 'Ana',
        upn: 'ana@contoso.example',
        mail: null,
        jobTitle: null,
        department: null,
        officeLocation: null,
        employeeHireDate: null,
      },
      mailbox: { timeZone: 'Europe/Berlin', workingHours: people[0]!.workingHours! },
    }),
  ],
  ['check-out', schemas.CheckOutResponse, toCheckOutView(checkout)],
  ['check-in', schemas.CheckInResponse, toCheckInView({ checkin, commitment })],
  [
    'notes',
    schemas.SessionNotesResponse,
    toNotesView({ session, checkins: [checkin], checkouts: [checkout] }),
  ],
  [
    'close',
    schemas.CloseSessionResponse,
    toCloseView({
      sessionId: ids.session,
      closedAt: AT,
      closedBy: 'p-1',
      summary: 'posted',
      messageId: 'm-1',
    }),
  ],
  [
    'agenda',
    schemas.SessionAgendaResponse,
    toAgendaView({
      session,
      agenda: buildAgenda({
        podName: 'Pod 1',
        members: people.map((p) => ({ id: p.id, name: p.displayName })),
        seq: 1,
        count: 6,
        durationMinutes: 105,
      }),
      openCommitments: [{ memberId: 'p-1', text: 'Try it' }],
    }),
  ],
  [
    'my pods',
    schemas.MyPodsResponse,
    toMyPodsView([
      {
        podId: ids.pod,
        podName: 'Pod 1',
        next: { sessionId: ids.session, seq: 1, count: 6, startsAt: AT, joinUrl: null },
        open: [],
      },
    ]),
  ],
  [
    'slot search',
    schemas.SlotSearchResponse,
    toSlotSearchView({
      podId: ids.pod,
      organizerId: members[0]!.id,
      timeZone: 'Europe/Berlin',
      settings: {
        firstDate: '2026-03-02',
        cadence: 'weekly',
        count: 6,
        durationMinutes: 60,
        maxConflicted: 0,
      },
      result: findRecurringSlots(search),
      unreadable: [],
      members,
    }),
  ],
  [
    'pod sessions',
    schemas.PodSessionsResponse,
    toPodSessionsView({ podId: ids.pod, series, sessions: [session], created: true }),
  ],
  [
    'no series yet',
    schemas.PodSessionsResponse,
    toPodSessionsView({ podId: ids.pod, series: undefined, sessions: [] }),
  ],
  [
    'conflicts',
    schemas.SessionConflictsResponse,
    toConflictsView({
      podId: ids.pod,
      timeZone: 'Europe/Berlin',
      sessions: [{ ...session, conflicts: [{ memberId: 'p-2', name: 'Bo', kind: 'declined' }] }],
      unreadable: [],
    }),
  ],
  [
    'move',
    schemas.MoveSessionResponse,
    toMoveView({
      podId: ids.pod,
      timeZone: 'Europe/Berlin',
      session,
      applied: false,
      proposals: move.proposals,
    }),
  ],
  [
    'job progress',
    schemas.JobProgressResponse,
    toJobProgressView({
      id: 'job-1',
      kind: 'cohort-schedule',
      subjectId: ids.cohort,
      state: 'running',
      done: 1,
      total: 2,
      failed: 0,
      outcomes: {
        [ids.pod]: {
          name: 'Pod 1',
          outcome: 'booked',
          slot: {
            weekday: 'tuesday',
            anchorStart: '10:00',
            firstDate: '2026-03-03',
            timeZone: 'Europe/Berlin',
          },
        },
      },
      createdAt: AT,
      updatedAt: AT,
    }),
  ],
  [
    'results',
    schemas.CohortResultsResponse,
    {
      cohortId: ids.cohort,
      ...computeCohortResults({
        now: AT + 30 * 86_400_000,
        startDate: '2026-03-02',
        sessionCount: 1,
        pods: [{ id: ids.pod, memberIds: pod.memberIds }],
        sessions: [
          {
            id: ids.session,
            podId: ids.pod,
            startsAt: AT,
            endsAt: session.endsAt,
            cancelled: false,
            closed: true,
          },
        ],
        checkins: [checkin],
        checkouts: [checkout],
        commitments: [commitment],
        feedback: [{ personId: 'p-1', rating: 4 }],
        inviteResponses: [{ sessionId: ids.session, personId: 'p-2', response: 'accepted' }],
      }),
    },
  ],
];

describe('API views', () => {
  it.each(cases)(
    'when a %s is shown, then the view is exactly what its response schema accepts',
    (_name, schema, view) => {
      expect(schema.parse(view)).toEqual(view);
    },
  );

  it('when the slot search and move cases are built, then they carry slots and proposals to check', () => {
    expect(findRecurringSlots(search).slots.length).toBeGreaterThan(0);
    expect(move.proposals.length).toBeGreaterThan(0);
  });
});
