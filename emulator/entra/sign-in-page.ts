import { Router } from 'express';
import type { TenantRegistry } from '../tenants/tenant-registry';
import type { EmulatorPerson } from '../types';
import { EntraError } from './entra-errors';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Only loopback http(s) URLs may receive tokens from the sign-in page. */
export function isLoopbackRedirect(raw: unknown): raw is string {
  if (typeof raw !== 'string') return false;
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

export const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A plain sign-in page that issues a Teams-style SSO token for the chosen person of any emulated tenant. */
export function createSignInRouter(deps: { tenants: TenantRegistry }): Router {
  const router = Router();

  router.get('/signin', (req, res) => {
    const redirect = req.query.redirect_uri;
    if (!isLoopbackRedirect(redirect)) {
      res
        .status(400)
        .type('html')
        .send(page('Sign-in error', '<p role="alert">redirect_uri must be a loopback http URL.</p>'));
      return;
    }
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    const q = typeof req.query.q === 'string' ? req.query.q.trim().toLowerCase() : '';
    const link = (p: EmulatorPerson) =>
      `/signin/choose?${new URLSearchParams({ redirect_uri: redirect, state, userId: p.id }).toString()}`;
    const sections = deps.tenants.all
      .map((tenant) => {
        const people = tenant.org.people.filter(
          (p) => !q || `${p.displayName} ${p.jobTitle} ${p.department}`.toLowerCase().includes(q),
        );
        if (people.length === 0) return '';
        const heading = `<h2>${escapeHtml(tenant.displayName)} <span>${escapeHtml(tenant.domain)}</span></h2>`;
        return `<section aria-label="${escapeHtml(tenant.displayName)}">${heading}${departmentSections(tenant.domain, people, link)}</section>`;
      })
      .join('');
    const search = `<form method="get" action="/signin" role="search"><input type="hidden" name="redirect_uri" value="${escapeHtml(redirect)}"><input type="hidden" name="state" value="${escapeHtml(state)}"><label for="q">Find a person</label> <input id="q" name="q" value="${escapeHtml(q)}"> <button type="submit">Search</button></form>`;
    res
      .type('html')
      .send(page('Choose who to sign in as', `${search}${sections || '<p>No one matches.</p>'}`));
  });

  router.get('/signin/choose', async (req, res) => {
    const redirect = req.query.redirect_uri;
    const found = deps.tenants.ofPerson(String(req.query.userId ?? ''));
    if (!isLoopbackRedirect(redirect) || !found) {
      res
        .status(400)
        .type('html')
        .send(
          page(
            'Sign-in error',
            '<p role="alert">Unknown person or redirect_uri is not a loopback http URL.</p>',
          ),
        );
      return;
    }
    try {
      const token = await found.tenant.tokens.ssoToken(found.person);
      const fragment = new URLSearchParams({
        access_token: token.access_token,
        token_type: 'Bearer',
        expires_in: String(token.expires_in),
      });
      if (typeof req.query.state === 'string' && req.query.state) fragment.set('state', req.query.state);
      res.redirect(302, `${redirect.split('#')[0]}#${fragment.toString()}`);
    } catch (e) {
      if (!(e instanceof EntraError)) throw e;
      res
        .status(e.status)
        .type('html')
        .send(page('Sign-in error', `<p role="alert">${escapeHtml(e.message)}</p>`));
    }
  });

  return router;
}

function departmentSections(
  prefix: string,
  people: EmulatorPerson[],
  link: (p: EmulatorPerson) => string,
): string {
  const byDepartment = new Map<string, EmulatorPerson[]>();
  for (const p of people) byDepartment.set(p.department, [...(byDepartment.get(p.department) ?? []), p]);
  return [...byDepartment.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dept, members]) => {
      const items = members
        .map(
          (p) =>
            `<li><a href="${escapeHtml(link(p))}">${escapeHtml(p.displayName)}</a> <span>${escapeHtml(p.jobTitle)}, ${escapeHtml(p.officeLocation)}</span></li>`,
        )
        .join('');
      const id = `d-${slug(`${prefix} ${dept}`)}`;
      return `<section aria-labelledby="${escapeHtml(id)}"><h3 id="${escapeHtml(id)}">${escapeHtml(dept)}</h3><ul>${items}</ul></section>`;
    })
    .join('');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – PeerPods local sign-in</title><style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}li span{color:#555}a{color:#0f4c81}</style></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}
