import { randomUUID } from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import { PEERPODS_APP_NAME, requestedDelegatedPermissions } from '../demo-tenant';
import type { TenantRegistry } from '../tenants/tenant-registry';
import { escapeHtml, isLoopbackRedirect, page } from './sign-in-page';

/** What each delegated permission lets the app do, as the consent prompt words it. */
const DESCRIPTIONS: Record<string, string> = {
  'User.Read': 'Sign you in and read your profile',
  'Calendars.ReadWrite': 'Read and write your calendars, and send meeting invitations as you',
  'ChannelMessage.Send': 'Send channel messages as you',
  'MailboxSettings.Read': 'Read your time zone and working hours',
  'Channel.ReadBasic.All': 'Read the names and descriptions of channels',
};

export interface ConsentPageDeps {
  tenants: TenantRegistry;
  publicUrl: () => string;
  /** Wall-clock delay before a new consent is honoured, as Entra's takes a while to propagate. */
  propagationMs: () => number;
}

/**
 * Entra's authorize endpoint. With `prompt=consent` it shows the consent prompt for the person in `login_hint`:
 * accepting records that person's consent to the app's delegated permissions (honoured after the propagation
 * delay) and redirects back with a code; cancelling redirects back with `error=access_denied`. Without a consent
 * prompt it sends the browser to the sign-in page.
 */
export function createConsentRouter(deps: ConsentPageDeps): Router {
  const router = Router();

  router.get('/:tenant/oauth2/v2.0/authorize', (req, res) => {
    const redirect = req.query.redirect_uri;
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    if (!/consent/i.test(String(req.query.prompt ?? ''))) {
      const query = new URLSearchParams({ redirect_uri: String(redirect ?? ''), state });
      return res.redirect(302, `${deps.publicUrl()}/signin?${query.toString()}`);
    }
    const tenant = deps.tenants.forAuthority(String(req.params.tenant));
    const hint = String(req.query.login_hint ?? '');
    const person = tenant?.people.find(hint);
    if (!tenant || !person || !isLoopbackRedirect(redirect)) {
      return problem(
        res,
        'login_hint must name a person of this organization and redirect_uri must be a loopback URL.',
      );
    }
    const scopes = requestedDelegatedPermissions();
    const hidden = (name: string, value: string) =>
      `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
    const items = scopes.map(
      (s) => `<li>${escapeHtml(DESCRIPTIONS[s] ?? s)} <code>${escapeHtml(s)}</code></li>`,
    );
    const form = `<form method="post" action="/${escapeHtml(tenant.id)}/oauth2/v2.0/consent">${hidden('login_hint', person.id)}${hidden('redirect_uri', redirect)}${hidden('state', state)}<button type="submit" name="decision" value="accept">Accept</button> <button type="submit" name="decision" value="cancel">Cancel</button></form>`;
    res
      .type('html')
      .send(
        page(
          'Permissions requested',
          `<p>${escapeHtml(person.displayName)} (${escapeHtml(person.userPrincipalName)}), ${escapeHtml(PEERPODS_APP_NAME)} would like to:</p><ul>${items.join('')}</ul><p>Accepting lets ${escapeHtml(PEERPODS_APP_NAME)} do these things as you in ${escapeHtml(tenant.displayName)}.</p>${form}`,
        ),
      );
  });

  router.post(
    '/:tenant/oauth2/v2.0/consent',
    express.urlencoded({ extended: false }),
    (req: Request, res) => {
      const body = (req.body ?? {}) as Record<string, string | undefined>;
      const tenant = deps.tenants.forAuthority(String(req.params.tenant));
      const person = tenant?.people.find(body.login_hint ?? '');
      const redirect = body.redirect_uri;
      if (!tenant || !person || !isLoopbackRedirect(redirect))
        return problem(res, 'The consent form is incomplete.');
      const back = new URL(redirect);
      if (body.state) back.searchParams.set('state', body.state);
      if (body.decision === 'accept') {
        tenant.consents.grant(person.id, requestedDelegatedPermissions(), Date.now() + deps.propagationMs());
        back.searchParams.set('code', randomUUID());
      } else {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set(
          'error_description',
          'AADSTS65004: User declined to consent to access the app.',
        );
      }
      res.redirect(302, back.toString());
    },
  );

  return router;
}

function problem(res: Response, message: string): void {
  res
    .status(400)
    .type('html')
    .send(page('Consent error', `<p role="alert">${escapeHtml(message)}</p>`));
}
