import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RequestHandler } from 'express';
import type { JWK } from 'jose';
import type { BotFailure } from '../bot/bot-failures';
import type { RecordedActivity, RecordedConversation } from '../bot/bot-state';
import type { CalendarSnapshot } from '../calendar/calendar-store';
import type { PermissionGrant } from '../demo-tenant';
import type { EmulatorCore } from '../emulator-core';
import type { ConsentRefusal } from '../entra/consents';
import type { StoredChannelMessage } from '../graph/channel-messages';
import type { TenantDefinition } from '../tenants/emulated-tenant';
import type { EmulatorPerson } from '../types';

const VERSION = 1;
const FILE = 'state.json';
/** Writes that come in a burst are saved once. */
const SAVE_DELAY_MS = 100;

interface SavedTenant {
  grant: PermissionGrant;
  refusal: ConsentRefusal;
  consents: Record<string, { scopes: string[]; effectiveAtMs: number }>;
  people: EmulatorPerson[];
  calendar: CalendarSnapshot;
  messages: [string, StoredChannelMessage[]][];
}

/** What the emulator keeps between runs. Maps are written as `{ $map: entries }`. */
export interface SavedState {
  version: number;
  /** Seed and size of each tenant: state from another organization is not restored. */
  organizations: Record<string, { seed: number; size: number }>;
  keys: Record<string, JWK>;
  tenants: Record<string, SavedTenant>;
  bot: {
    activities: RecordedActivity[];
    conversations: RecordedConversation[];
    members: Map<string, string>;
    failures: Map<string, BotFailure>;
    sequence: number;
  };
}

export interface StateFile {
  /** What the last run left, when it matches this run's organizations. */
  saved: SavedState | undefined;
  restore(core: EmulatorCore): void;
  /** Middleware: after any request that may have changed state, save (debounced). */
  saveAfterWrites(core: EmulatorCore): RequestHandler;
  /** Saves now if a save is pending. */
  flush(core: EmulatorCore): Promise<void>;
}

const replacer = (_key: string, value: unknown) => (value instanceof Map ? { $map: [...value] } : value);
const reviver = (_key: string, value: unknown) =>
  value && typeof value === 'object' && '$map' in value
    ? new Map((value as { $map: [unknown, unknown][] }).$map)
    : value;

/**
 * The emulator's state folder (`state.json`): events, channel messages, bot conversations, consents, people's
 * scenarios and the signing keys, so a restart of the offline stack finds Outlook and Teams as PeerPods left them.
 */
export async function openStateFile(dir: string, definitions: TenantDefinition[]): Promise<StateFile> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, FILE);
  const organizations = Object.fromEntries(definitions.map((d) => [d.id, { seed: d.seed, size: d.size }]));
  const saved = await readSaved(path, organizations);
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  const save = (core: EmulatorCore) => {
    timer = undefined;
    const text = JSON.stringify(snapshot(core, organizations), replacer);
    writing = writing.then(async () => {
      await writeFile(`${path}.tmp`, text);
      await rename(`${path}.tmp`, path);
    });
    return writing;
  };
  const schedule = (core: EmulatorCore) => {
    timer ??= setTimeout(() => void save(core).catch(reportSaveFailure), SAVE_DELAY_MS);
  };

  return {
    saved,
    restore(core) {
      if (saved) restoreInto(core, saved);
      schedule(core);
    },
    saveAfterWrites(core) {
      return (req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') res.on('close', () => schedule(core));
        next();
      };
    },
    async flush(core) {
      if (timer) {
        clearTimeout(timer);
        await save(core);
      }
      await writing;
    },
  };
}

async function readSaved(
  path: string,
  organizations: SavedState['organizations'],
): Promise<SavedState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const saved = JSON.parse(text, reviver) as SavedState;
  if (saved.version !== VERSION || JSON.stringify(saved.organizations) !== JSON.stringify(organizations)) {
    console.warn(`Emulator state in ${path} belongs to other organizations; starting from the seeded state.`);
    return undefined;
  }
  return saved;
}

function snapshot(core: EmulatorCore, organizations: SavedState['organizations']): SavedState {
  const keys: Record<string, JWK> = { botframework: core.botKey.privateJwk };
  const tenants: Record<string, SavedTenant> = {};
  for (const t of core.tenants.all) {
    keys[t.id] = t.key.privateJwk;
    tenants[t.id] = {
      grant: t.grant,
      refusal: t.refusal,
      consents: t.consents.toJSON(),
      people: t.org.people,
      calendar: t.calendar.snapshot(),
      messages: t.messages.snapshot(),
    };
  }
  const { activities, conversations, members, failures, sequence } = core.bot;
  return {
    version: VERSION,
    organizations,
    keys,
    tenants,
    bot: { activities, conversations, members, failures, sequence },
  };
}

function restoreInto(core: EmulatorCore, saved: SavedState): void {
  for (const t of core.tenants.all) {
    const s = saved.tenants[t.id];
    if (!s) continue;
    t.grant = s.grant;
    t.refusal = s.refusal;
    t.consents.load(s.consents);
    t.org.people.splice(0, t.org.people.length, ...s.people);
    t.people.rebuild();
    t.calendar.restore(s.calendar);
    t.messages.restore(s.messages);
  }
  Object.assign(core.bot, saved.bot);
}

function reportSaveFailure(error: unknown): void {
  console.error('The emulator could not save its state:', error instanceof Error ? error.message : error);
}
