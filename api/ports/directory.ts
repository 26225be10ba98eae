import type { WorkingHours } from '../domain/time';
import type { Acting } from './identity';

/** A person as the directory knows them. */
export interface DirectoryPerson {
  id: string;
  displayName: string;
  upn: string;
  mail: string | null;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  /** ISO date-time, or null when the directory does not hold it. */
  employeeHireDate: string | null;
}

/** A person with the ids of their whole reporting line. */
export interface DirectoryPersonWithChain extends DirectoryPerson {
  /** Manager ids from the direct manager up to the top; empty at the top. */
  managerChain: string[];
}

/** A mailbox's settings: its zone as a canonical IANA name, working hours in their own zone (IANA, or a customTimeZone's rules). */
export interface MailboxSettings {
  timeZone: string;
  workingHours: WorkingHours;
}

/** `me` means the signed-in user and needs `{ as: 'user' }`. */
export type UserRef = 'me' | string;

export interface Directory {
  getPerson(acting: Acting, user: UserRef): Promise<DirectoryPerson>;
  /** The reporting line above a person, nearest manager first; empty at the top. */
  getManagerChain(acting: Acting, user: UserRef): Promise<DirectoryPerson[]>;
  getMailboxSettings(acting: Acting, user: UserRef): Promise<MailboxSettings>;
  /** A person by id, UPN or mail, with their reporting line in one read; null when the directory has no such person. */
  findPerson(acting: Acting, key: string): Promise<DirectoryPersonWithChain | null>;
}
