import {
  DEMO_TENANT_DOMAIN,
  DEMO_TENANT_ID,
  SECOND_TENANT_DOMAIN,
  SECOND_TENANT_ID,
  defaultGrant,
  secondTenantGrant,
} from '../demo-tenant';
import { DEFAULT_ORG_SEED, DEFAULT_ORG_SIZE } from '../seed/generate-org';
import type { TenantDefinition } from './emulated-tenant';

export const SECOND_TENANT_SEED = 20240917;
export const SECOND_TENANT_SIZE = 24;

/**
 * The tenants the emulator serves: the demo organization (home of the PeerPods app registration, with the scenario
 * people), and a second, smaller customer with its own people, consent state and token issuer.
 */
export function tenantDefinitions(demo: { seed?: number; size?: number }): TenantDefinition[] {
  return [
    {
      id: DEMO_TENANT_ID,
      domain: DEMO_TENANT_DOMAIN,
      displayName: 'Contoso (demo)',
      seed: demo.seed ?? DEFAULT_ORG_SEED,
      size: demo.size ?? DEFAULT_ORG_SIZE,
      grant: defaultGrant,
      scenarioPeople: true,
    },
    {
      id: SECOND_TENANT_ID,
      domain: SECOND_TENANT_DOMAIN,
      displayName: 'Fabrikam (demo)',
      seed: SECOND_TENANT_SEED,
      size: SECOND_TENANT_SIZE,
      grant: secondTenantGrant,
      scenarioPeople: false,
    },
  ];
}
