import type { CustomTimeZone } from '../calendar/custom-zone';
import type { EmulatorPerson, SeededOrg } from '../types';
import { deterministicGuid, mulberry32 } from './prng';

/** What makes a scenario person different from the generated ones. */
interface ScenarioTemplate {
  key: string;
  givenName: string;
  surname: string;
  upnLocal: string;
  /** Local part of the mail address when it differs from the UPN. */
  mailLocal?: string;
  jobTitle: string;
  level: number;
  officeLocation: string;
  ianaTimeZone: string;
  mailboxTimeZone: string;
  days: string[];
  hours: [string, string];
  customTimeZone?: CustomTimeZone;
  allowedOnlineMeetingProviders?: string[];
}

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** US Pacific rules written as Outlook writes a customTimeZone (the getSchedule concept page's example). */
const PACIFIC_RULES: CustomTimeZone = {
  bias: 480,
  name: 'Customized Time Zone',
  standardOffset: { time: '02:00:00', dayOccurrence: 1, dayOfWeek: 'sunday', month: 11, year: 0 },
  daylightOffset: {
    time: '02:00:00',
    dayOccurrence: 2,
    dayOfWeek: 'sunday',
    month: 3,
    year: 0,
    daylightBias: -60,
  },
};

/** UTC+3:20, +5:00 in daylight time from the second Sunday of October to the fourth of May (user-get-mailboxsettings example 3); no IANA zone has these rules. */
const DOC_EXAMPLE_RULES: CustomTimeZone = {
  bias: -200,
  name: 'Customized Time Zone',
  standardOffset: { time: '02:00:00', dayOccurrence: 4, dayOfWeek: 'sunday', month: 5, year: 0 },
  daylightOffset: {
    time: '02:00:00',
    dayOccurrence: 2,
    dayOfWeek: 'sunday',
    month: 10,
    year: 0,
    daylightBias: -100,
  },
};

/** Southern hemisphere, UTC+9:30 and +10:00 in daylight time, changing on the last Saturday of October at 23:30 and the second Saturday of March; no IANA zone has these rules. */
const SOUTHERN_RULES: CustomTimeZone = {
  bias: -570,
  name: 'Customized Time Zone',
  standardOffset: { time: '23:30:00', dayOccurrence: 2, dayOfWeek: 'saturday', month: 3, year: 0 },
  daylightOffset: {
    time: '23:30:00',
    dayOccurrence: 5,
    dayOfWeek: 'saturday',
    month: 10,
    year: 0,
    daylightBias: -30,
  },
};

const TEMPLATES: ScenarioTemplate[] = [
  {
    key: 'renamed',
    givenName: 'Mira',
    surname: 'Okafor-Lindqvist',
    upnLocal: 'mira.okafor',
    mailLocal: 'mira.okafor-lindqvist',
    jobTitle: 'Senior Software Engineer',
    level: 3,
    officeLocation: 'London',
    ianaTimeZone: 'Europe/London',
    mailboxTimeZone: 'GMT Standard Time',
    days: WEEK,
    hours: ['09:00', '17:30'],
  },
  {
    key: 'alias',
    givenName: 'Tomás',
    surname: 'Reyes',
    upnLocal: 't.reyes',
    mailLocal: 'tomas.reyes',
    jobTitle: 'Software Engineer',
    level: 2,
    officeLocation: 'New York',
    ianaTimeZone: 'America/New_York',
    mailboxTimeZone: 'Eastern Standard Time',
    days: WEEK,
    hours: ['08:30', '17:00'],
  },
  {
    key: 'custom-pacific',
    givenName: 'Dana',
    surname: 'Whitfield',
    upnLocal: 'dana.whitfield',
    jobTitle: 'Senior Software Engineer',
    level: 3,
    officeLocation: 'Seattle',
    ianaTimeZone: 'America/Los_Angeles',
    // The mailbox still names the zone it was created in; the working hours carry the rules in force.
    mailboxTimeZone: 'India Standard Time',
    days: WEEK,
    hours: ['08:00', '17:00'],
    customTimeZone: PACIFIC_RULES,
  },
  {
    key: 'custom-unmatched',
    givenName: 'Anouk',
    surname: 'Verbeek',
    upnLocal: 'anouk.verbeek',
    jobTitle: 'Software Engineer',
    level: 2,
    officeLocation: 'Berlin',
    ianaTimeZone: 'Europe/Berlin',
    mailboxTimeZone: 'UTC',
    days: [...WEEK, 'saturday'],
    hours: ['09:00', '18:30'],
    customTimeZone: DOC_EXAMPLE_RULES,
  },
  {
    key: 'custom-southern',
    givenName: 'Kiri',
    surname: 'Tamahori',
    upnLocal: 'kiri.tamahori',
    jobTitle: 'Senior Software Engineer',
    level: 3,
    officeLocation: 'Sydney',
    ianaTimeZone: 'Australia/Sydney',
    mailboxTimeZone: 'AUS Eastern Standard Time',
    days: WEEK,
    hours: ['08:30', '16:30'],
    customTimeZone: SOUTHERN_RULES,
  },
  {
    key: 'no-teams',
    givenName: 'Wen',
    surname: 'Castellanos',
    upnLocal: 'wen.castellanos',
    jobTitle: 'Senior Software Engineer',
    level: 3,
    officeLocation: 'New York',
    ianaTimeZone: 'America/New_York',
    mailboxTimeZone: 'Eastern Standard Time',
    days: WEEK,
    hours: ['09:00', '17:00'],
    allowedOnlineMeetingProviders: [],
  },
];

/** Keys of the scenario people, for tests and docs: `scenarioPerson(org, 'no-teams')`. */
export type ScenarioKey =
  'renamed' | 'alias' | 'custom-pacific' | 'custom-unmatched' | 'custom-southern' | 'no-teams';

const ID_SALT = 0x5ce7a110;

/**
 * People whose mailboxes answer the way the generated ones never do: mail that differs from the UPN, working
 * hours in a customTimeZone (one matching US Pacific, two that no IANA zone has), and a calendar that allows no
 * Teams meetings. They join Engineering under its first manager, after the generated people.
 */
export function scenarioPeople(org: SeededOrg, domain: string): EmulatorPerson[] {
  const manager =
    org.people.find((p) => p.department === 'Engineering' && p.level === 4) ??
    org.people.find((p) => p.level === 4) ??
    org.people[0]!;
  const ids = mulberry32((org.seed ^ ID_SALT) >>> 0);
  return TEMPLATES.map((t, i) => {
    const upn = `${t.upnLocal}@${domain}`;
    return {
      id: deterministicGuid(ids, org.people.length + i),
      userPrincipalName: upn,
      mail: t.mailLocal ? `${t.mailLocal}@${domain}` : upn,
      displayName: `${t.givenName} ${t.surname}`,
      givenName: t.givenName,
      surname: t.surname,
      jobTitle: t.jobTitle,
      department: manager.department,
      officeLocation: t.officeLocation,
      employeeHireDate: '2021-06-07T00:00:00Z',
      employeeType: 'Employee',
      level: t.level,
      managerId: manager.id,
      ianaTimeZone: t.ianaTimeZone,
      mailboxTimeZone: t.mailboxTimeZone,
      workingHours: {
        daysOfWeek: [...t.days],
        startTime: `${t.hours[0]}:00.0000000`,
        endTime: `${t.hours[1]}:00.0000000`,
        timeZone: { name: t.customTimeZone ? t.customTimeZone.name : t.mailboxTimeZone },
      },
      busyRatio: 0.55,
      ...(t.customTimeZone ? { customTimeZone: structuredClone(t.customTimeZone) } : {}),
      ...(t.allowedOnlineMeetingProviders
        ? { allowedOnlineMeetingProviders: [...t.allowedOnlineMeetingProviders] }
        : {}),
    };
  });
}

/** The scenario person of a kind in a seeded organization. */
export function scenarioPerson(org: SeededOrg, key: ScenarioKey): EmulatorPerson {
  const template = TEMPLATES.find((t) => t.key === key)!;
  const person = org.people.find((p) => p.userPrincipalName.startsWith(`${template.upnLocal}@`));
  if (!person) throw new Error(`the organization has no scenario person '${key}'`);
  return person;
}
