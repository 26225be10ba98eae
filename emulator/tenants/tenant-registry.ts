import type { EmulatorPerson, EmulatorTeam } from '../types';
import type { EmulatedTenant } from './emulated-tenant';

/** Entra's authority aliases that name no tenant: the app's home tenant answers for them. */
const HOME_ALIASES = new Set(['common', 'organizations', 'botframework.com']);

/** The emulated tenants; the first is the app's home (the demo tenant). */
export class TenantRegistry {
  constructor(readonly all: readonly EmulatedTenant[]) {
    if (all.length === 0) throw new Error('the emulator needs at least one tenant');
  }

  get home(): EmulatedTenant {
    return this.all[0]!;
  }

  /** A tenant by id or domain, as an authority path names it; the aliases mean the home tenant. */
  forAuthority(key: string): EmulatedTenant | undefined {
    const k = key.toLowerCase();
    if (HOME_ALIASES.has(k)) return this.home;
    return this.all.find((t) => t.id === k || t.domain === k);
  }

  /** A tenant by id, or the home tenant when no id is given; undefined for an unknown id. */
  byId(id: string | undefined): EmulatedTenant | undefined {
    if (!id) return this.home;
    return this.all.find((t) => t.id === id.toLowerCase() || t.domain === id.toLowerCase());
  }

  /** The tenant whose people include this id, UPN or mail. */
  ofPerson(key: string): { tenant: EmulatedTenant; person: EmulatorPerson } | undefined {
    for (const tenant of this.all) {
      const person = tenant.people.find(key);
      if (person) return { tenant, person };
    }
    return undefined;
  }

  ofTeam(teamId: string): { tenant: EmulatedTenant; team: EmulatorTeam } | undefined {
    for (const tenant of this.all) {
      const team = tenant.org.teams.find((t) => t.id.toLowerCase() === teamId.toLowerCase());
      if (team) return { tenant, team };
    }
    return undefined;
  }

  /**
   * The tenant a bearer token claims (`tid`), read without verifying: it only picks whose Graph answers, and that
   * tenant's own checks then refuse a token it did not sign. No token, or an unknown tenant: the home tenant.
   */
  forBearer(authorization: string | undefined): EmulatedTenant {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    const payload = token?.split('.')[1];
    if (!payload) return this.home;
    try {
      const tid = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { tid?: unknown }).tid;
      return (typeof tid === 'string' && this.byId(tid)) || this.home;
    } catch {
      return this.home;
    }
  }
}
