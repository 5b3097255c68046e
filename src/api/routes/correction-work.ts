import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { subjectOf } from '../../app/auth/auth-user.js';
import { chinaDate } from '../../core/dates.js';
import { DomainError } from '../../core/errors.js';
import type { TRegisterKind } from '../../core/register-kinds.js';
import { ERROR_RESPONSES } from '../../contract/api/common.js';
import {
  ZAftercare,
  ZJointInspectionInput,
  ZJointWork,
  ZKindItemParams,
  ZKindParams,
  ZOpinionAnswer,
  ZOpinionInput,
  ZPersonParams,
  ZPersonSanctions,
  ZRectificationDone,
  ZSanctionCorrected,
  ZSanctionDecision,
  ZSanctionInput,
  ZSanctionsQuery,
  ZUnitItemParams,
  ZUnitParams,
  ZUnitSanctions,
  ZUnitSanctionsQuery,
  ZWorkSettings, ZWorkSettingsInput,
  ZYearAsOfQuery,
} from '../../contract/api/correction-work-api.js';
import { assertMayRead, assertMayWrite, type RegisterViewer } from '../../registers/framework/access.js';
import { getJointWork } from '../../registers/correction/joint/get-joint-work.js';
import { answerOpinion, completeRectification, recordJointInspection, recordOpinion } from '../../registers/correction/joint/save-joint-work.js';
import { decideSanction, markSanctionCorrected } from '../../registers/correction/sanctions/decide-sanction.js';
import { getPersonSanctions } from '../../registers/correction/sanctions/get-person-sanctions.js';
import { listSanctionsOfUnit } from '../../registers/correction/sanctions/list-unit-sanctions.js';
import { recordSanction } from '../../registers/correction/sanctions/record-sanction.js';
import { getWorkSettings, updateWorkSettings } from '../../registers/correction/work-settings.js';
import { getAftercare } from '../../registers/resettlement/aftercare/get-aftercare.js';
import { requireSheet } from '../../registers/registry.js';
import { actorOf, requireScope, requireUser } from '../plugins/auth.js';

const BASE = '/api/units/:unitCode/registers/:kind';
const viewerOf = (request: FastifyRequest): RegisterViewer => ({ subject: subjectOf(requireUser(request)) });

const WHERE: Record<string, { kind: TRegisterKind; zh: string; en: string }> = {
  sanctions: { kind: 'correction', zh: '奖惩记录只属于社区矫正台账（correction）', en: 'Sanctions belong to the correction register only' },
  joint: { kind: 'correction', zh: '联合检查和纠正意见只属于社区矫正台账（correction）', en: 'Joint work belongs to the correction register only' },
  aftercare: { kind: 'resettlement', zh: '衔接与帮教只属于安置帮教台账（resettlement）', en: 'Aftercare belongs to the resettlement register only' },
};

/**
 * Before validation, as the record routes do: the user must keep the register kind the path names
 * (403 otherwise, whatever was sent). After validation (so a malformed parameter is a 400 naming it):
 * the kind must be the one this work belongs to (404).
 */
function guard(area: keyof typeof WHERE, access: 'read' | 'write') {
  return {
    preValidation: async (request: FastifyRequest) => {
      const params = ZKindParams.safeParse(request.params);
      if (!params.success) return;
      const sheet = requireSheet(params.data.kind);
      if (access === 'read') assertMayRead(viewerOf(request), sheet);
      else assertMayWrite(viewerOf(request), sheet);
    },
    preHandler: async (request: FastifyRequest) => {
      const { kind, sheet } = request.params as { kind: string; sheet?: string };
      const where = WHERE[area]!;
      if (kind !== where.kind) throw new DomainError('NOT_FOUND', { zh: where.zh, en: where.en });
      if (sheet !== undefined && sheet !== 'people')
        throw new DomainError('NOT_FOUND', { zh: `奖惩记录只属于社区矫正对象（people），不属于“${sheet}”`, en: `Sanctions belong to people under correction, not to “${sheet}”` });
    },
  };
}

/** Supervision work: sanctions and their decisions, joint inspections and 纠正意见, aftercare clocks and rates, their local settings. */
export default async function correctionWorkRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['correction'];
  const context = (request: FastifyRequest) => ({ db: app.database.db, cipher: app.cipher, scope: requireScope(request), viewer: viewerOf(request), actor: actorOf(request) });
  const asOfOf = (asOf: string | undefined) => asOf ?? chinaDate(new Date());

  r.get(
    `${BASE}/:sheet/records/:recordId/sanctions`,
    {
      config: { access: 'correction.sanction.read' },
      ...guard('sanctions', 'read'),
      schema: {
        tags,
        summary: 'A person’s rewards and sanctions and the ladder’s proposal; grounds masked unless unmasked=true; every read audited',
        params: ZPersonParams,
        querystring: ZSanctionsQuery,
        response: { 200: ZPersonSanctions, ...ERROR_RESPONSES },
      },
    },
    async (request) => getPersonSanctions({ ...context(request), personId: request.params.recordId, unmasked: request.query.unmasked }),
  );

  r.post(
    `${BASE}/:sheet/records/:recordId/sanctions`,
    {
      config: { access: 'correction.sanction.record' },
      ...guard('sanctions', 'write'),
      schema: {
        tags,
        summary: 'Record a decided sanction (mode record) or propose one for a decision (mode propose)',
        params: ZPersonParams,
        body: ZSanctionInput,
        response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES },
      },
    },
    async (request) => recordSanction({ ...context(request), personId: request.params.recordId, input: request.body }),
  );

  r.get(
    `${BASE}/sanctions`,
    {
      config: { access: 'correction.sanction.read' },
      ...guard('sanctions', 'read'),
      schema: {
        tags,
        summary: 'The scope’s sanctions (e.g. state=submitted: waiting for a decision), without grounds, names masked',
        params: ZKindParams,
        querystring: ZUnitSanctionsQuery,
        response: { 200: ZUnitSanctions, ...ERROR_RESPONSES },
      },
    },
    async (request) => listSanctionsOfUnit({ ...context(request), state: request.query.state }),
  );

  r.post(
    '/api/units/:unitCode/correction-sanctions/:recordId/decision',
    {
      config: { access: 'correction.sanction.decide' },
      schema: {
        tags,
        summary: 'Approve (decision date and document number) or return (reason) a proposed sanction; not its author. A sanction of a register the user does not keep does not exist for them (404)',
        params: ZUnitItemParams,
        body: ZSanctionDecision,
        response: { 200: z.object({ id: z.number().int(), state: z.string() }), ...ERROR_RESPONSES },
      },
    },
    async (request) => decideSanction({ ...context(request), id: request.params.recordId, decision: request.body }),
  );

  r.post(
    `${BASE}/sanctions/:recordId/corrected`,
    {
      config: { access: 'correction.sanction.record' },
      ...guard('sanctions', 'write'),
      schema: {
        tags,
        summary: 'The person corrected the behaviour a sanction answered: it leaves the ladder',
        params: ZKindItemParams,
        body: ZSanctionCorrected,
        response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES },
      },
    },
    async (request) => markSanctionCorrected({ ...context(request), id: request.params.recordId, correctedOn: request.body.correctedOn }),
  );

  r.get(
    `${BASE}/joint-work`,
    {
      config: { access: 'register.read' },
      ...guard('joint', 'read'),
      schema: {
        tags,
        summary: 'The year’s joint inspections with rectification items and the procuratorate’s 纠正意见, with their clocks as of a date',
        params: ZKindParams,
        querystring: ZYearAsOfQuery,
        response: { 200: ZJointWork, ...ERROR_RESPONSES },
      },
    },
    async (request) => getJointWork({ ...context(request), year: request.query.year, asOf: asOfOf(request.query.asOf) }),
  );

  r.post(
    `${BASE}/joint-work/inspections`,
    {
      config: { access: 'register.write' },
      ...guard('joint', 'write'),
      schema: {
        tags,
        summary: 'Record a joint inspection (date, partners, findings) with its rectification items',
        params: ZKindParams,
        body: ZJointInspectionInput,
        response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES },
      },
    },
    async (request) => recordJointInspection({ ...context(request), input: request.body }),
  );

  r.post(
    `${BASE}/joint-work/rectifications/:recordId/done`,
    {
      config: { access: 'register.write' },
      ...guard('joint', 'write'),
      schema: { tags, summary: 'A rectification item done', params: ZKindItemParams, body: ZRectificationDone, response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES } },
    },
    async (request) => completeRectification({ ...context(request), id: request.params.recordId, doneOn: request.body.doneOn, note: request.body.note }),
  );

  r.post(
    `${BASE}/joint-work/opinions`,
    {
      config: { access: 'register.write' },
      ...guard('joint', 'write'),
      schema: {
        tags,
        summary: 'Record a 纠正意见 received; its answer is due by the unit’s setting',
        params: ZKindParams,
        body: ZOpinionInput,
        response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES },
      },
    },
    async (request) => recordOpinion({ ...context(request), input: request.body }),
  );

  r.post(
    `${BASE}/joint-work/opinions/:recordId/answer`,
    {
      config: { access: 'register.write' },
      ...guard('joint', 'write'),
      schema: { tags, summary: 'The written answer to a 纠正意见', params: ZKindItemParams, body: ZOpinionAnswer, response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES } },
    },
    async (request) => answerOpinion({ ...context(request), id: request.params.recordId, answeredOn: request.body.answeredOn, answer: request.body.answer }),
  );

  r.get(
    `${BASE}/aftercare`,
    {
      config: { access: 'register.read' },
      ...guard('aftercare', 'read'),
      schema: {
        tags,
        summary: '安置帮教 as of a date: release notices, 衔接 clocks, 帮教期, status, and the rates with their formulas',
        params: ZKindParams,
        querystring: ZYearAsOfQuery,
        response: { 200: ZAftercare, ...ERROR_RESPONSES },
      },
    },
    async (request) => getAftercare({ ...context(request), year: request.query.year, asOf: asOfOf(request.query.asOf) }),
  );

  r.get(
    '/api/units/:unitCode/correction-settings',
    {
      config: { access: 'register.read' },
      schema: {
        tags,
        summary: 'The local numbers: sanction ladder, days to answer a 纠正意见, aftercare clocks and 帮教期, and supervision (assessment and report-in clocks, leave and relocation limits, location terms, alarm response time, monthly duties by class)',
        params: ZUnitParams,
        response: { 200: ZWorkSettings, ...ERROR_RESPONSES },
      },
    },
    async (request) => getWorkSettings({ db: app.database.db, scope: requireScope(request) }),
  );

  r.put(
    '/api/units/:unitCode/correction-settings',
    {
      config: { access: 'settings.write' },
      schema: { tags, summary: 'Change the local numbers (audited); the supervision part may be left out', params: ZUnitParams, body: ZWorkSettingsInput, response: { 200: ZWorkSettings, ...ERROR_RESPONSES } },
    },
    async (request) => updateWorkSettings({ db: app.database.db, scope: requireScope(request), actor: actorOf(request), settings: request.body }),
  );
}
