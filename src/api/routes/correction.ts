import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { subjectOf } from '../../app/auth/auth-user.js';
import { ERROR_RESPONSES, ZIsoDate, ZText } from '../../contract/api/common.js';
import { ZActivityInput, ZApproval, ZApprovalDecision, ZApprovalInput, ZLifecycle, ZLifecycleStepInput, ZPersonChoices, ZAlarm, ZAlarmList, ZAlarmLocation, ZDailyStatus, ZFileDailyReport, ZFlagMissing, ZHandleAlarm, ZIngestResult, ZSensitivePeriodInput, ZVendorEventBatch, ZWorkspace } from '../../contract/api/correction-api.js';
import { chinaDate } from '../../core/dates.js';
import { createApproval } from '../../registers/correction/supervision/create-approval.js';
import { decideApproval, recordLeaveReturn } from '../../registers/correction/supervision/decide-approval.js';
import { listCorrectionApprovals } from '../../registers/correction/supervision/list-approvals.js';
import { assertCorrectionAccess } from '../../registers/correction/supervision/access.js';
import { getDailyStatus } from '../../registers/correction/supervision/daily-status.js';
import { fileDailyReport } from '../../registers/correction/supervision/file-daily-report.js';
import { flagMissingReports } from '../../registers/correction/supervision/flag-missing-reports.js';
import { getCorrectionWorkspace } from '../../registers/correction/supervision/get-workspace.js';
import { handleAlarm } from '../../registers/correction/supervision/handle-alarm.js';
import { authenticateVendor, ingestEvents, type TVendor } from '../../registers/correction/supervision/ingest-events.js';
import { listCorrectionAlarms } from '../../registers/correction/supervision/list-alarms.js';
import { readAlarmLocation } from '../../registers/correction/supervision/read-alarm-location.js';
import { addSensitivePeriod } from '../../registers/correction/supervision/sensitive-periods.js';
import { getLifecycle } from '../../registers/correction/lifecycle/get-lifecycle.js';
import { recordActivity } from '../../registers/correction/lifecycle/record-activity.js';
import { recordStep } from '../../registers/correction/lifecycle/record-step.js';
import { searchPeople } from '../../registers/correction/lifecycle/search-people.js';
import { voidActivity } from '../../registers/correction/lifecycle/void-activity.js';
import { actorOf, requireScope, requireUser } from '../plugins/auth.js';

const U = '/api/units/:unitCode/correction';
const ZUnitParams = z.object({ unitCode: ZText.min(1).max(40) });
const ZAlarmParams = ZUnitParams.extend({ id: z.coerce.number().int().positive() });
const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

/** 社区矫正 supervision: the vendor feed (vendor key), the workspace, alarms and their handling, 零报告, sensitive periods. */
/** the vendor each feed request authenticated as (its preValidation), for its handler */
const vendors = new WeakMap<FastifyRequest, TVendor>();
const vendorKey = (request: FastifyRequest): string | undefined => (typeof request.headers['x-vendor-key'] === 'string' ? request.headers['x-vendor-key'] : undefined);

export default async function correctionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['correction'];
  const db = () => app.database.db;
  const now = () => new Date().toISOString();
  /** an earlier day is read as of its end (China time); today or no date: now */
  const asOfInstant = (date: string | undefined) => (date !== undefined && date < chinaDate(new Date()) ? new Date(`${date}T23:59:59.999+08:00`).toISOString() : now());
  const subject = (request: FastifyRequest) => subjectOf(requireUser(request));
  // the register kind is checked before the body is validated (as the register void route does): a
  // section keeping other registers gets 403 whatever it sends
  const kind = (need: 'read' | 'write') => ({ preValidation: async (request: FastifyRequest) => assertCorrectionAccess(subject(request), need) });

  r.post(
    '/api/correction/events',
    {
      config: { access: 'public' },
      bodyLimit: 8 * 1024 * 1024,
      // the vendor's key before anything else: a caller without one learns nothing of the body's shape
      preValidation: async (request: FastifyRequest) => {
        vendors.set(request, await authenticateVendor(db(), vendorKey(request)));
      },
      schema: { tags, summary: "The monitoring vendor's events (越界, 关机, 人机分离, 未签到, 断带), authenticated by the x-vendor-key header; idempotent by event id", body: ZVendorEventBatch, response: { 200: ZIngestResult, ...ERROR_RESPONSES } } },
    async (request) => ingestEvents({ db: db(), cipher: app.cipher, vendor: vendors.get(request)!, events: request.body.events, ip: request.ip }),
  );

  r.get(
    `${U}/workspace`,
    { config: { access: 'register.read' }, ...kind('read'), schema: { tags, summary: '社区矫正工作台: the day’s and the day before’s 零报告, open alarms, requests waiting, people and terms ending — as of now, or as of the end of an earlier day', params: ZUnitParams, querystring: z.object({ date: ZIsoDate.optional() }), response: { 200: ZWorkspace, ...ERROR_RESPONSES } } },
    async (request) => getCorrectionWorkspace({ db: db(), cipher: app.cipher, scope: requireScope(request), subject: subject(request), now: asOfInstant(request.query.date) }),
  );

  r.get(
    `${U}/alarms`,
    { config: { access: 'register.read' }, ...kind('read'), schema: { tags, summary: 'Alarms of the scope, newest first (open=true: not handled)', params: ZUnitParams, querystring: z.object({ open: z.enum(['true', 'false']).optional(), from: ZIsoDate.optional(), to: ZIsoDate.optional() }), response: { 200: ZAlarmList, ...ERROR_RESPONSES } } },
    async (request) => listCorrectionAlarms({ db: db(), cipher: app.cipher, scope: requireScope(request), subject: subject(request), now: now(), open: request.query.open === 'true', ...(request.query.from ? { from: request.query.from } : {}), ...(request.query.to ? { to: request.query.to } : {}) }),
  );

  r.post(`${U}/alarms/:id/handle`, { config: { access: 'register.write' }, ...kind('write'), schema: { tags, summary: 'The handling record of an alarm (verified, outcome); clears its escalation', params: ZAlarmParams, body: ZHandleAlarm, response: { 200: ZAlarm, ...ERROR_RESPONSES } } }, async (request) =>
    handleAlarm({ db: db(), cipher: app.cipher, scope: requireScope(request), subject: subject(request), actor: actorOf(request), alarmId: request.params.id, verified: request.body.verified, outcome: request.body.outcome, note: request.body.note ?? null, now: now() }),
  );

  r.get(`${U}/alarms/:id/location`, { config: { access: 'correction.location' }, ...kind('read'), schema: { tags, summary: 'The location point of an alarm: supervising 司法所 and approvers only; every read audited', params: ZAlarmParams, response: { 200: ZAlarmLocation, ...ERROR_RESPONSES } } }, async (request) => {
    return readAlarmLocation({ db: db(), cipher: app.cipher, scope: requireScope(request), actor: actorOf(request), alarmId: request.params.id });
  });

  r.get(`${U}/daily`, { config: { access: 'register.read' }, ...kind('read'), schema: { tags, summary: '零报告 of a day for every office of the scope: filed, late, missing or due, with prefilled counts', params: ZUnitParams, querystring: z.object({ date: ZIsoDate.optional() }), response: { 200: ZDailyStatus, ...ERROR_RESPONSES } } }, async (request) => {
    return getDailyStatus({ db: db(), scope: requireScope(request), date: request.query.date ?? chinaDate(new Date()), now: now() });
  });

  r.post(`${U}/daily`, { config: { access: 'register.write' }, ...kind('write'), schema: { tags, summary: 'File a 零报告 (on the day: on time; later: 补报)', params: ZUnitParams, body: ZFileDailyReport, response: { 200: z.object({ id: z.number().int(), status: z.string() }), ...ERROR_RESPONSES } } }, async (request) => {
    return fileDailyReport({ db: db(), scope: requireScope(request), actor: actorOf(request), office: request.body.office, date: request.body.date, counts: request.body.counts, note: request.body.note ?? null, now: now() });
  });

  r.post(`${U}/daily/flag-missing`, { config: { access: 'register.write' }, ...kind('write'), schema: { tags, summary: 'Flag the offices without a 零报告 for a past day (缺报)', params: ZUnitParams, body: ZFlagMissing, response: { 200: z.object({ date: z.string(), flagged: z.array(z.string()) }), ...ERROR_RESPONSES } } }, async (request) => {
    return flagMissingReports({ db: db(), scope: requireScope(request), actor: actorOf(request), date: request.body.date, now: now() });
  });

  r.post(`${U}/sensitive-periods`, { config: { access: 'register.write' }, ...kind('write'), schema: { tags, summary: 'Add a sensitive period (重大节日, 敏感期) to the unit’s calendar', params: ZUnitParams, body: ZSensitivePeriodInput, response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES } } }, async (request) => {
    return addSensitivePeriod({ db: db(), scope: requireScope(request), actor: actorOf(request), name: request.body.name, from: request.body.from, to: request.body.to });
  });

  r.get(`${U}/approvals`, { config: { access: 'register.read' }, ...kind('read'), schema: { tags, summary: 'Requests (外出, 执行地变更, 会客, 禁止令, 电子定位, 分类调整), newest first; waiting=true: those the signed-in user decides', params: ZUnitParams, querystring: z.object({ waiting: z.enum(['true', 'false']).optional() }), response: { 200: z.array(ZApproval), ...ERROR_RESPONSES } } }, async (request) =>
    listCorrectionApprovals({ db: db(), cipher: app.cipher, scope: requireScope(request), subject: subject(request), now: now(), waiting: request.query.waiting === 'true' }),
  );

  r.post(`${U}/approvals`, { config: { access: 'register.write' }, ...kind('write'), schema: { tags, summary: 'Enter and submit a request with the 司法所’s review; the rules name who decides', params: ZUnitParams, body: ZApprovalInput, response: { 200: ZApproval, ...ERROR_RESPONSES } } }, async (request) =>
    createApproval({ db: db(), cipher: app.cipher, scope: requireScope(request), subject: subject(request), actor: actorOf(request), input: request.body, now: now() }),
  );

  r.post(`${U}/approvals/:id/decision`, { config: { access: 'correction.approve' }, ...kind('read'), schema: { tags, summary: 'Approve or return (with a reason) a submitted request, at its level', params: ZAlarmParams, body: ZApprovalDecision, response: { 200: ZApproval, ...ERROR_RESPONSES } } }, async (request) =>
    decideApproval({ db: db(), cipher: app.cipher, scope: requireScope(request), subject: subject(request), actor: actorOf(request), id: request.params.id, move: request.body.move, opinion: request.body.opinion ?? null, now: now() }),
  );

  r.post(`${U}/approvals/:id/return`, { config: { access: 'register.write' }, ...kind('write'), schema: { tags, summary: 'Record the report on return from approved leave', params: ZAlarmParams, body: z.object({ returnedOn: ZIsoDate }), response: { 200: ZApproval, ...ERROR_RESPONSES } } }, async (request) =>
    recordLeaveReturn({ db: db(), cipher: app.cipher, scope: requireScope(request), subject: subject(request), actor: actorOf(request), id: request.params.id, returnedOn: request.body.returnedOn, now: now() }),
  );

  const viewer = (request: FastifyRequest) => ({ subject: subject(request) });

  r.get(
    `${U}/people`,
    { config: { access: 'register.read' }, ...kind('read'), schema: { tags, summary: 'People under correction today in the scope whose name contains q (at most 20), names masked: the picker of the request form', params: ZUnitParams, querystring: z.object({ q: ZText.max(40).optional() }), response: { 200: ZPersonChoices, ...ERROR_RESPONSES } } },
    async (request) => searchPeople({ db: db(), cipher: app.cipher, scope: requireScope(request), subject: subject(request), date: chinaDate(new Date()), q: request.query.q ?? '' }),
  );

  r.get(
    `${U}/people/:id/lifecycle`,
    { config: { access: 'register.read' }, ...kind('read'), schema: { tags, summary: 'A person’s path through correction: each step’s date, the clocks (调查评估, 报到, 解除) and a month’s duties against the recorded activities', params: ZAlarmParams, querystring: z.object({ date: ZIsoDate.optional(), month: ZMonth.optional() }), response: { 200: ZLifecycle, ...ERROR_RESPONSES } } },
    async (request) => getLifecycle({ db: db(), cipher: app.cipher, scope: requireScope(request), viewer: viewer(request), personId: request.params.id, asOf: request.query.date ?? chinaDate(new Date()), month: request.query.month }),
  );

  r.post(
    `${U}/people/:id/steps`,
    { config: { access: 'register.write' }, ...kind('write'), schema: { tags, summary: 'Record (or correct) a step of a person’s path with its date; checked against today and the other steps', params: ZAlarmParams, body: ZLifecycleStepInput, response: { 200: z.object({ step: z.string(), doneOn: z.string() }), ...ERROR_RESPONSES } } },
    async (request) => recordStep({ db: db(), cipher: app.cipher, scope: requireScope(request), viewer: viewer(request), actor: actorOf(request), personId: request.params.id, input: request.body, today: chinaDate(new Date()) }),
  );

  r.post(
    `${U}/people/:id/activities`,
    { config: { access: 'register.write' }, ...kind('write'), schema: { tags, summary: 'Record an activity the monthly duties count (当面报告, 走访, 学习 hours, 公益活动 hours)', params: ZAlarmParams, body: ZActivityInput, response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES } } },
    async (request) => recordActivity({ db: db(), scope: requireScope(request), viewer: viewer(request), actor: actorOf(request), personId: request.params.id, input: request.body, today: chinaDate(new Date()) }),
  );

  r.post(
    `${U}/people/:id/activities/:recordId/void`,
    { config: { access: 'register.write' }, ...kind('write'), schema: { tags, summary: 'Void an activity entered by mistake: it stops counting toward the duties', params: ZAlarmParams.extend({ recordId: z.coerce.number().int().positive() }), response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES } } },
    async (request) => voidActivity({ db: db(), scope: requireScope(request), viewer: viewer(request), actor: actorOf(request), personId: request.params.id, activityId: request.params.recordId }),
  );
}
