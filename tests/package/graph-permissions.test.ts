import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UpstreamError } from '../../api/errors';
import { API_SCOPE, DEMO_TENANT_ID } from '../../emulator/demo-tenant';
import { startEmulatorSession, type EmulatorSession } from '../fixtures/emulator-session';
import {
  firstChannel,
  graphAdapters,
  OPERATION_PROBES,
  type ProbeWorld,
} from '../fixtures/graph-operation-probes';
import { findGraphPortCalls, type ActingKind } from '../fixtures/graph-port-usage';

const root = join(import.meta.dirname, '..', '..');
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/**
 * Microsoft Graph permission ids (Microsoft Graph permissions reference, learn.microsoft.com/graph/permissions-reference):
 * `Scope` is delegated, `Role` is application. Only permissions PeerPods might plausibly list are named.
 */
const GRAPH_PERMISSION_NAMES: Record<string, { kind: ActingKind; name: string }> = {
  'e1fe6dd8-ba31-4d61-89e7-88639da4683d': { kind: 'user', name: 'User.Read' },
  'b340eb25-3456-403f-be2f-af7a0d370277': { kind: 'user', name: 'User.ReadBasic.All' },
  '1ec239c2-d7c9-4623-a91a-a9775856bb36': { kind: 'user', name: 'Calendars.ReadWrite' },
  '465a38f9-76ea-45b9-9f34-9e8b0d4b0b42': { kind: 'user', name: 'Calendars.Read' },
  'ebf0f66e-9fb1-49e4-a278-222f76911cf4': { kind: 'user', name: 'ChannelMessage.Send' },
  '87f447af-9fa4-4c32-9dfa-4a57a73d18ce': { kind: 'user', name: 'MailboxSettings.Read' },
  '9d8982ae-4365-4f57-95e9-d6032a4c0b87': { kind: 'user', name: 'Channel.ReadBasic.All' },
  'ef54d2bf-783f-4e0f-bca1-3210c0444d99': { kind: 'app', name: 'Calendars.ReadWrite' },
  '798ee544-9d2d-430c-a058-570e29e34338': { kind: 'app', name: 'Calendars.Read' },
  'df021288-bdef-4463-88db-98f22de89214': { kind: 'app', name: 'User.Read.All' },
  '40f97065-369a-49f4-947c-6a255697ae91': { kind: 'app', name: 'MailboxSettings.Read' },
};

interface EntraManifest {
  requiredResourceAccess: {
    resourceAppId: string;
    resourceAccess: { id: string; type: 'Scope' | 'Role' }[];
  }[];
}

/** The Graph permissions aad.manifest.json asks for, by kind and name. */
function manifestPermissions(): { kind: ActingKind; name: string }[] {
  const manifest = JSON.parse(readFileSync(join(root, 'aad.manifest.json'), 'utf8')) as EntraManifest;
  const graph = manifest.requiredResourceAccess
    .filter((r) => r.resourceAppId === GRAPH_APP_ID)
    .flatMap((r) => r.resourceAccess);
  return graph.map((access) => {
    const known = GRAPH_PERMISSION_NAMES[access.id];
    if (!known)
      throw new Error(`aad.manifest.json lists Graph permission ${access.id}, which this test cannot name`);
    if ((access.type === 'Scope') !== (known.kind === 'user'))
      throw new Error(`${known.name} is listed as ${access.type}`);
    return known;
  });
}

const calls = findGraphPortCalls(root);
/** Each Graph-backed operation the API performs, with every acting kind it uses. */
const used = [...new Set(calls.flatMap((c) => c.kinds.map((kind) => `${c.operation}:${kind}`)))].map(
  (key) => {
    const [operation, kind] = key.split(':') as [string, ActingKind];
    return { operation, kind };
  },
);
const permissions = manifestPermissions();

let emu: EmulatorSession;
let world: Omit<ProbeWorld, 'adapters' | 'caller'>;

/** Grants exactly `granted`, then runs every used operation of `kind`; resolves to the ones Graph refused with 403. */
async function forbiddenOperations(
  granted: { kind: ActingKind; name: string }[],
  kind: ActingKind,
): Promise<string[]> {
  const names = (k: ActingKind) => granted.filter((p) => p.kind === k).map((p) => p.name);
  // access_as_user is the API's own scope that the SSO token carries, not a Graph permission.
  await emu.control('POST', 'permissions', {
    delegated: [...names('user'), API_SCOPE],
    application: names('app'),
  });
  const sso = await emu.ssoToken(world.me);
  const probeWorld: ProbeWorld = {
    ...world,
    adapters: graphAdapters(emu.url),
    caller: {
      tenantId: DEMO_TENANT_ID,
      userId: world.me.id,
      upn: world.me.userPrincipalName,
      name: world.me.displayName,
      token: sso,
    },
  };
  const forbidden: string[] = [];
  for (const op of used.filter((u) => u.kind === kind)) {
    try {
      await OPERATION_PROBES[op.operation]!(kind, probeWorld);
    } catch (error) {
      if (error instanceof UpstreamError && error.upstream.status === 403) forbidden.push(op.operation);
      else throw error;
    }
  }
  return forbidden;
}

beforeAll(async () => {
  emu = await startEmulatorSession();
  const [me, colleague] = emu.org.people.filter((p) => p.managerId !== null);
  if (!me || !colleague) throw new Error('the seeded org is too small');
  // A series organized by `me`, booked with the full demo grant, for the read and move probes.
  const adapters = graphAdapters(emu.url);
  const app = { as: 'app', tenantId: DEMO_TENANT_ID } as const;
  const start = Math.ceil((Date.now() + 7 * 86_400_000) / 3_600_000) * 3_600_000;
  const series = await adapters.calendar.createSeries(app, me.id, {
    subject: 'Pod session',
    bodyHtml: '<p>Agenda</p>',
    start,
    end: start + 5_400_000,
    timeZone: 'UTC',
    recurrence: { intervalWeeks: 2, count: 6 },
    attendees: [{ address: colleague.mail, name: colleague.displayName }],
    transactionId: 'permissions-test-series',
  });
  const [occurrence] = await adapters.calendar.listInstances(
    app,
    me.id,
    series.id,
    start - 86_400_000,
    start + 90 * 86_400_000,
  );
  if (!occurrence) throw new Error('the series has no occurrence');
  world = {
    me,
    colleague,
    channel: firstChannel(emu.org.teams),
    series: { id: series.id, occurrenceId: occurrence.id, start, end: start + 5_400_000 },
  };
});

afterAll(async () => {
  await emu?.close();
});

describe('Graph permissions in aad.manifest.json against what the code calls', () => {
  it('when the API source is read, then its Graph calls are found, delegated and app-only', () => {
    expect(used.some((u) => u.kind === 'user')).toBe(true);
    expect(used.some((u) => u.kind === 'app')).toBe(true);
  });

  it('when the API calls a Graph-backed port method, then a probe exercises it', () => {
    const missing = calls
      .filter((c) => !OPERATION_PROBES[c.operation])
      .map((c) => `${c.operation} (${c.at})`);
    expect(missing).toEqual([]);
  });

  it.each(['user', 'app'] as const)(
    'when exactly the manifest is granted, then every %s Graph call the code makes is allowed',
    async (kind) => {
      expect(await forbiddenOperations(permissions, kind)).toEqual([]);
    },
  );

  it.each(
    permissions.map((p) => [`${p.kind === 'user' ? 'delegated' : 'application'} ${p.name}`, p] as const),
  )(
    'when %s is withdrawn, then some Graph call of the code is refused (the permission is needed)',
    async (_label, permission) => {
      const rest = permissions.filter((p) => p !== permission);
      expect(await forbiddenOperations(rest, permission.kind)).not.toEqual([]);
    },
  );
});
