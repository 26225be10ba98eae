import { Router, type Request } from 'express';
import { z } from 'zod';
import { requestedDelegatedPermissions } from '../demo-tenant';
import type { EmulatorCore } from '../emulator-core';
import type { EmulatedTenant } from '../tenants/emulated-tenant';
import { badRequest, notFound } from './control-body';

const PermissionsBody = z.object({
  tenant: z.string().optional(),
  delegated: z.array(z.string()).optional(),
  application: z.array(z.string()).optional(),
  /** What on-behalf-of answers a person without consent: invalid_grant (consent_required) or interaction_required. */
  refusal: z.enum(['consent_required', 'interaction_required']).optional(),
});
const ConsentBody = z.object({
  /** Id, UPN or mail of the person consenting. */
  user: z.string().min(1),
  scopes: z.array(z.string().min(1)).optional(),
  /** Honoured at once instead of after the propagation delay. */
  immediate: z.boolean().optional(),
});

/** `?tenant=` (id or domain) names the tenant; without it, the home tenant. */
function tenantOf(core: EmulatorCore, req: Request, fromBody?: string): EmulatedTenant | undefined {
  const named = fromBody ?? (typeof req.query.tenant === 'string' ? req.query.tenant : undefined);
  return core.tenants.byId(named);
}

/** Tenants, their admin consent (permissions) and each person's own consent. */
export function createTenantControlRouter(core: EmulatorCore): Router {
  const router = Router();

  router.get('/tenants', (_req, res) => {
    res.json({
      value: core.tenants.all.map((t) => ({
        id: t.id,
        domain: t.domain,
        displayName: t.displayName,
        issuer: t.issuer(),
        people: t.org.people.length,
        teams: t.org.teams.map((team) => ({ id: team.id, displayName: team.displayName })),
      })),
    });
  });

  const permissionsJson = (t: EmulatedTenant) => ({ ...t.grant, refusal: t.refusal, tenant: t.id });
  router.get('/permissions', (req, res) => {
    const tenant = tenantOf(core, req);
    if (!tenant) return notFound(res, 'No such tenant.');
    res.json(permissionsJson(tenant));
  });
  router.post('/permissions', (req, res) => {
    const parsed = PermissionsBody.safeParse(req.body);
    if (!parsed.success) return badRequest(res, parsed.error);
    const tenant = tenantOf(core, req, parsed.data.tenant);
    if (!tenant) return notFound(res, 'No such tenant.');
    tenant.grant = {
      delegated: parsed.data.delegated ?? tenant.grant.delegated,
      application: parsed.data.application ?? tenant.grant.application,
    };
    if (parsed.data.refusal) tenant.refusal = parsed.data.refusal;
    res.json(permissionsJson(tenant));
  });

  router.post('/consents', (req, res) => {
    const parsed = ConsentBody.safeParse(req.body);
    if (!parsed.success) return badRequest(res, parsed.error);
    const found = core.tenants.ofPerson(parsed.data.user);
    if (!found) return notFound(res, `No person '${parsed.data.user}'.`);
    const delay = parsed.data.immediate ? 0 : core.knobs.consentPropagationMs;
    found.tenant.consents.grant(
      found.person.id,
      parsed.data.scopes ?? requestedDelegatedPermissions(),
      Date.now() + delay,
    );
    res.json({
      tenant: found.tenant.id,
      user: found.person.id,
      consents: found.tenant.consents.toJSON()[found.person.id],
    });
  });
  router.delete('/consents/:user', (req, res) => {
    const found = core.tenants.ofPerson(String(req.params.user));
    if (!found) return notFound(res, `No person '${String(req.params.user)}'.`);
    found.tenant.consents.revoke(found.person.id);
    res.status(204).end();
  });

  return router;
}
