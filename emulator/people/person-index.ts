import type { EmulatorPerson } from '../types';

/**
 * The people of one tenant, found the ways the services find them: Graph paths by id or userPrincipalName,
 * SMTP addresses (getSchedule, attendees) by mail, and the emulator's own controls by any of the three.
 * Rebuild after a person's mail or UPN changes.
 */
export class PersonIndex {
  private byPath = new Map<string, EmulatorPerson>();
  private bySmtp = new Map<string, EmulatorPerson>();

  constructor(readonly people: EmulatorPerson[]) {
    this.rebuild();
  }

  rebuild(): void {
    this.byPath = new Map();
    this.bySmtp = new Map();
    for (const p of this.people) {
      this.byPath.set(p.id.toLowerCase(), p);
      this.byPath.set(p.userPrincipalName.toLowerCase(), p);
      this.bySmtp.set(p.mail.toLowerCase(), p);
    }
  }

  /** `/users/{id | userPrincipalName}`. */
  byIdOrUpn(key: string): EmulatorPerson | undefined {
    return this.byPath.get(key.trim().toLowerCase());
  }

  /** An SMTP address: the person whose mail it is. */
  byAddress(address: string): EmulatorPerson | undefined {
    return this.bySmtp.get(address.trim().toLowerCase());
  }

  /** Id, UPN or mail. */
  find(key: string): EmulatorPerson | undefined {
    return this.byIdOrUpn(key) ?? this.byAddress(key);
  }
}
