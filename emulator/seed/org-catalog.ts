import type { GraphWorkingHours } from '../types';

/** Departments with their share of headcount and the name of their individual-contributor role. */
export const DEPARTMENTS = [
  { name: 'Engineering', weight: 30, role: 'Software Engineer', head: 'Engineering' },
  { name: 'Product', weight: 8, role: 'Product Manager', head: 'Product' },
  { name: 'Design', weight: 6, role: 'Product Designer', head: 'Design' },
  { name: 'Sales', weight: 15, role: 'Account Executive', head: 'Sales' },
  { name: 'Marketing', weight: 8, role: 'Marketing Specialist', head: 'Marketing' },
  { name: 'Finance', weight: 6, role: 'Financial Analyst', head: 'Finance' },
  { name: 'People', weight: 6, role: 'People Partner', head: 'People' },
  { name: 'Operations', weight: 7, role: 'Operations Specialist', head: 'Operations' },
  { name: 'Legal', weight: 3, role: 'Counsel', head: 'Legal' },
  { name: 'Support', weight: 11, role: 'Support Engineer', head: 'Support' },
] as const;

export type Department = (typeof DEPARTMENTS)[number];

const IC_PREFIX: Record<number, string> = { 1: 'Associate ', 2: '', 3: 'Senior ', 4: 'Staff ' };

/** Job title from department, level (7 CEO, 6 VP, 5 director, 4 manager or staff, 1–3 individual contributors) and role. */
export function jobTitle(dept: Department, level: number, isManager: boolean): string {
  if (level >= 6) return `VP of ${dept.head}`;
  if (level === 5) return isManager ? `Director of ${dept.head}` : `Principal ${dept.role}`;
  if (isManager) return `${dept.head} Manager`;
  return `${IC_PREFIX[level] ?? ''}${dept.role}`;
}

export interface Office {
  city: string;
  zone: string;
}

/** Offices and their IANA zones, with a share of headcount. */
export const OFFICES: readonly { value: Office; weight: number }[] = [
  { value: { city: 'Seattle', zone: 'America/Los_Angeles' }, weight: 22 },
  { value: { city: 'San Francisco', zone: 'America/Los_Angeles' }, weight: 8 },
  { value: { city: 'New York', zone: 'America/New_York' }, weight: 20 },
  { value: { city: 'London', zone: 'Europe/London' }, weight: 15 },
  { value: { city: 'Berlin', zone: 'Europe/Berlin' }, weight: 12 },
  { value: { city: 'Bengaluru', zone: 'Asia/Kolkata' }, weight: 13 },
  { value: { city: 'Sydney', zone: 'Australia/Sydney' }, weight: 10 },
];

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

type HoursShape = Omit<GraphWorkingHours, 'timeZone'>;

const hours = (days: string[], start: string, end: string): HoursShape => ({
  daysOfWeek: days,
  startTime: `${start}:00.0000000`,
  endTime: `${end}:00.0000000`,
});

/** Working-hour patterns: common office hours, early and late shifts, 4-day weeks and part-time. */
export const WORKING_HOURS = [
  { value: hours(WEEKDAYS, '09:00', '17:00'), weight: 42 },
  { value: hours(WEEKDAYS, '08:00', '16:00'), weight: 18 },
  { value: hours(WEEKDAYS, '10:00', '18:00'), weight: 14 },
  { value: hours(WEEKDAYS, '08:30', '17:30'), weight: 8 },
  { value: hours(['monday', 'tuesday', 'wednesday', 'thursday'], '08:00', '18:00'), weight: 7 },
  { value: hours(['tuesday', 'wednesday', 'thursday', 'friday'], '09:00', '19:00'), weight: 3 },
  { value: hours(['monday', 'tuesday', 'wednesday'], '09:00', '17:00'), weight: 4 },
  { value: hours(WEEKDAYS, '09:00', '13:00'), weight: 4 },
] as const;

/** The two demo teams and their channels. */
export const DEMO_TEAMS = [
  {
    displayName: 'People & Learning',
    channels: [
      { displayName: 'General', description: 'People & Learning team' },
      { displayName: 'Peer coaching', description: 'Peer coaching pods: highlights and commitments' },
      { displayName: 'Announcements', description: 'Program announcements' },
    ],
  },
  {
    displayName: 'Engineering Community',
    channels: [
      { displayName: 'General', description: 'Engineering community' },
      { displayName: 'Peer coaching', description: 'Engineering peer coaching pods' },
    ],
  },
] as const;
