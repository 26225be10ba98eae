import { Router } from 'express';
import { z } from 'zod';
import { BotFailureCode, teamsUserId } from '../bot/bot-failures';
import { CustomTimeZone } from '../calendar/custom-zone';
import { toIanaZone } from '../calendar/time-zones';
import type { EmulatorCore } from '../emulator-core';
import { workingHoursJson } from '../people/working-hours';
import type { EmulatedTenant } from '../tenants/emulated-tenant';
import { GraphError, type EmulatorPerson } from '../types';
import { badRequest, notFound } from './control-body';

const Weekday = z
  .string()
  .transform((d) => d.toLowerCase())
  .pipe(z.enum(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']));
const ClockTime = z
  .string()
  .regex(/^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/, 'a time like 08:30')
  .transform((t) => `${t.slice(0, 5)}:00.0000000`);

/** A scenario for one person: only what is given changes. */
export const PersonScenario = z
  .object({
    workingHours: z
      .object({ daysOfWeek: z.array(Weekday).min(1), startTime: ClockTime, endTime: ClockTime })
      .refine((h) => h.startTime < h.endTime, { message: 'startTime must be before endTime' })
      .optional(),
    /** The working hours' zone by Windows or IANA name; replaces a customTimeZone. */
    timeZone: z.string().min(1).optional(),
    /** Working hours in a customTimeZone block (null removes it). */
    customTimeZone: CustomTimeZone.nullable().optional(),
    /** mailboxSettings.timeZone alone. */
    mailboxTimeZone: z.string().min(1).optional(),
    mail: z.email().optional(),
    allowedOnlineMeetingProviders: z
      .array(z.enum(['teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer', 'unknown']))
      .optional(),
    /** False switches the generated calendar off: only events made through Graph remain. */
    generatedCalendar: z.boolean().optional(),
    /** What the Bot Connector answers sends to this person's 1:1 conversation (null: it goes through). */
    bot: z
      .object({
        code: BotFailureCode.nullable(),
        /** Fail this many times, then go through; absent: until changed. */
        times: z.number().int().min(1).optional(),
        retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
      })
      .optional(),
  })
  .strict();
export type PersonScenario = z.infer<typeof PersonScenario>;

/** A person as the control API shows them: directory fields plus everything a scenario can set. */
export function personView(core: EmulatorCore, tenant: EmulatedTenant, p: EmulatorPerson) {
  return {
    tenantId: tenant.id,
    id: p.id,
    name: p.displayName,
    upn: p.userPrincipalName,
    mail: p.mail,
    department: p.department,
    jobTitle: p.jobTitle,
    level: p.level,
    zone: p.ianaTimeZone,
    managerId: p.managerId,
    /** The `29:` id Teams gives the bot for this person. */
    teamsUserId: teamsUserId(p.id),
    mailboxTimeZone: p.mailboxTimeZone,
    workingHours: workingHoursJson(p),
    allowedOnlineMeetingProviders: p.allowedOnlineMeetingProviders ?? ['teamsForBusiness'],
    generatedCalendar: p.generatedCalendar !== false,
    bot: core.bot.failures.get(p.id) ?? null,
  };
}

/** `GET /people/{id|upn|mail}` and `PATCH` (or `POST`) with a PersonScenario: state a person's situation. */
export function createPeopleControlRouter(core: EmulatorCore): Router {
  const router = Router();

  router.get('/people/:key', (req, res) => {
    const found = core.tenants.ofPerson(String(req.params.key));
    if (!found) return notFound(res, `No person '${String(req.params.key)}'.`);
    res.json(personView(core, found.tenant, found.person));
  });

  const update = (req: import('express').Request, res: import('express').Response) => {
    const found = core.tenants.ofPerson(String(req.params.key));
    if (!found) return notFound(res, `No person '${String(req.params.key)}'.`);
    const parsed = PersonScenario.safeParse(req.body);
    if (!parsed.success) return badRequest(res, parsed.error);
    const { tenant, person } = found;
    const clash = parsed.data.mail && tenant.people.byAddress(parsed.data.mail);
    if (clash && clash.id !== person.id) {
      return void res
        .status(409)
        .json({ error: 'conflict', message: `${parsed.data.mail} is someone else's mail.` });
    }
    try {
      applyScenario(core, person, parsed.data);
    } catch (e) {
      if (!(e instanceof GraphError)) throw e;
      return void res.status(400).json({ error: 'invalid_request', message: e.message });
    }
    tenant.people.rebuild();
    res.json(personView(core, tenant, person));
  };
  router.patch('/people/:key', update);
  router.post('/people/:key', update);
  return router;
}

function applyScenario(core: EmulatorCore, person: EmulatorPerson, s: PersonScenario): void {
  if (s.timeZone !== undefined) {
    person.ianaTimeZone = toIanaZone(s.timeZone);
    person.workingHours.timeZone = { name: s.timeZone };
    delete person.customTimeZone;
  }
  if (s.mailboxTimeZone !== undefined) {
    toIanaZone(s.mailboxTimeZone);
    person.mailboxTimeZone = s.mailboxTimeZone;
  }
  if (s.customTimeZone === null) delete person.customTimeZone;
  else if (s.customTimeZone) {
    person.customTimeZone = s.customTimeZone;
    person.workingHours.timeZone = { name: s.customTimeZone.name };
  }
  if (s.workingHours) person.workingHours = { ...s.workingHours, timeZone: person.workingHours.timeZone };
  if (s.mail !== undefined) person.mail = s.mail;
  if (s.allowedOnlineMeetingProviders)
    person.allowedOnlineMeetingProviders = [...s.allowedOnlineMeetingProviders];
  if (s.generatedCalendar !== undefined) person.generatedCalendar = s.generatedCalendar;
  if (s.bot) {
    if (s.bot.code === null) core.bot.failures.delete(person.id);
    else
      core.bot.failures.set(person.id, {
        code: s.bot.code,
        remaining: s.bot.times ?? null,
        retryAfterSeconds: s.bot.retryAfterSeconds,
      });
  }
}
