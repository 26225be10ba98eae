/** Why Entra refuses an on-behalf-of exchange for a user without consent. */
export type ConsentRefusal = 'consent_required' | 'interaction_required';

interface UserConsent {
  scopes: string[];
  /** Wall-clock ms from which Entra honours the consent: it takes a while to propagate. */
  effectiveAtMs: number;
}

/** Delegated permissions each user consented to themselves (the consent page), beside the tenant's admin grant. */
export class ConsentStore {
  private readonly byUser = new Map<string, UserConsent>();

  grant(userId: string, scopes: readonly string[], effectiveAtMs: number): void {
    const previous = this.byUser.get(userId);
    this.byUser.set(userId, {
      scopes: [...new Set([...(previous?.scopes ?? []), ...scopes])],
      effectiveAtMs:
        previous && previous.effectiveAtMs <= effectiveAtMs ? previous.effectiveAtMs : effectiveAtMs,
    });
  }

  revoke(userId: string): void {
    this.byUser.delete(userId);
  }

  /** Scopes the user's own consent grants at wall-clock `nowMs`. */
  effective(userId: string, nowMs: number): string[] {
    const consent = this.byUser.get(userId);
    return consent && consent.effectiveAtMs <= nowMs ? consent.scopes : [];
  }

  clear(): void {
    this.byUser.clear();
  }

  toJSON(): Record<string, UserConsent> {
    return Object.fromEntries(this.byUser);
  }

  load(saved: Record<string, UserConsent>): void {
    this.byUser.clear();
    for (const [userId, consent] of Object.entries(saved)) this.byUser.set(userId, consent);
  }
}
