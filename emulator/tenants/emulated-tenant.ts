import { CalendarStore } from '../calendar/calendar-store';
import type { PermissionGrant } from '../demo-tenant';
import { ConsentStore, type ConsentRefusal } from '../entra/consents';
import type { SigningKey } from '../entra/signing-key';
import { TokenService } from '../entra/token-service';
import { ChannelMessageStore } from '../graph/channel-messages';
import { GraphAuth } from '../graph/graph-auth';
import type { Knobs } from '../graph/knobs';
import type { MailboxLimiter } from '../graph/mailbox-limiter';
import { createRouteContext } from '../graph/route-context';
import { PersonIndex } from '../people/person-index';
import { generateOrg } from '../seed/generate-org';
import { scenarioPeople } from '../seed/scenario-people';
import type { EmulatorClock, EmulatorPerson, GraphRouteContext, SeededOrg } from '../types';

/** What makes one emulated customer tenant. */
export interface TenantDefinition {
  id: string;
  domain: string;
  displayName: string;
  seed: number;
  size: number;
  grant(): PermissionGrant;
  /** Add the scenario people (custom zones, mail ≠ UPN, no Teams meetings) after the generated ones. */
  scenarioPeople: boolean;
}

/** What every tenant shares: the clock, Outlook's limits, the knobs and where the emulator listens. */
export interface SharedServices {
  clock: EmulatorClock;
  limiter: MailboxLimiter;
  knobs: () => Knobs;
  publicUrl: () => string;
}

/**
 * One customer tenant: its organization and teams, its own token issuer and signing key, its consent (the admin's
 * grant and each person's own), and its mailboxes and channels.
 */
export class EmulatedTenant {
  readonly id: string;
  readonly domain: string;
  readonly displayName: string;
  readonly org: SeededOrg;
  readonly people: PersonIndex;
  readonly consents = new ConsentStore();
  readonly tokens: TokenService;
  readonly ctx: GraphRouteContext;
  readonly calendar: CalendarStore;
  readonly messages = new ChannelMessageStore();
  grant: PermissionGrant;
  refusal: ConsentRefusal = 'consent_required';
  private readonly seeded: EmulatorPerson[];

  constructor(
    private readonly definition: TenantDefinition,
    readonly key: SigningKey,
    shared: SharedServices,
  ) {
    this.id = definition.id;
    this.domain = definition.domain;
    this.displayName = definition.displayName;
    const org = generateOrg({
      seed: definition.seed,
      size: definition.size,
      tenantId: definition.id,
      domain: definition.domain,
    });
    if (definition.scenarioPeople) org.people.push(...scenarioPeople(org, definition.domain));
    this.org = org;
    this.seeded = structuredClone(org.people);
    this.people = new PersonIndex(org.people);
    this.grant = definition.grant();
    const auth = new GraphAuth(key, shared.clock, () => this.issuer(), this.id);
    this.ctx = createRouteContext({
      tenantId: this.id,
      clock: shared.clock,
      people: this.people,
      auth,
      limiter: shared.limiter,
      knobs: shared.knobs,
    });
    this.tokens = new TokenService({
      key,
      clock: shared.clock,
      tenantId: this.id,
      issuer: () => this.issuer(),
      grant: () => this.grant,
      userConsent: (userId) => this.consents.effective(userId, Date.now()),
      refusal: () => this.refusal,
      findPerson: (id) => this.people.find(id),
    });
    this.calendar = new CalendarStore({ seed: org.seed, clock: shared.clock });
    this.publicUrl = shared.publicUrl;
  }

  private readonly publicUrl: () => string;

  issuer(): string {
    return `${this.publicUrl()}/${this.id}/v2.0`;
  }

  /** Back to the seeded state: people as generated, the default grant, no consents, events or messages. */
  reset(): void {
    this.org.people.splice(0, this.org.people.length, ...structuredClone(this.seeded));
    this.people.rebuild();
    this.grant = this.definition.grant();
    this.refusal = 'consent_required';
    this.consents.clear();
    this.calendar.reset();
    this.messages.clear();
  }
}
