import type { z } from 'zod';
import { ZAuditPage, ZAuditVerification } from './audit-api.js';
import { ZAuthUser, ZSetupState, ZUserList } from './auth-api.js';
import { ZAftercare, ZJointWork, ZPersonSanctions, ZUnitSanctions, ZWorkSettings } from './correction-work-api.js';
import { ZCountyView } from './county-api.js';
import { ZLifecycle, ZPersonChoices, ZWorkspace } from './correction-api.js';
import { ZEvaluationReport } from './evaluation-api.js';
import { ZGoalBookImportPreview, ZOverview, ZProjectView, ZRevisionDetail, ZRevisionList } from './goal-book-api.js';
import { ZHome } from './home-api.js';
import { ZMonitoringReport, ZMonitoringSettings, ZUnitMeasureList } from './monitoring-api.js';
import { ZDrill, ZEvidenceFileList, ZIndicatorValueList, ZMetricList, ZProgressBoard, ZRecordPage, ZRecordView, ZSheetList, ZUnitIndicatorValueList } from './registers-api.js';
import { ZReviewResult } from './review-api.js';
import { ZRolloverReply } from './rollover-api.js';
import { ZLibraryDetail, ZLibraryList } from './library-api.js';
import { ZBudgetRevisionList, ZPaymentHistory, ZPaymentList, ZSpendingSettings, ZSpendingView } from './spending-api.js';
import { ZUnitList, ZUnitMasterData, ZUnitTree } from './units-api.js';
import { ZGoalBook } from '../goal-book.js';
import { ZScoringScheme } from '../scoring-scheme.js';
import { ZImportedEvaluationView } from '../imported-evaluation.js';

const UNIT_YEAR = '/api/units/:unitCode/years/:year';

/**
 * The API's endpoints the web reads, each pairing its URL (as the route declares it) with the schema of
 * its 200 reply — the one pairing both sides use: the route declares this schema as its response (a test
 * checks every entry against the routes the app registers: same URL, same schema object), and the web
 * derives the reply's type from it through `EndpointReply` (a type-only import: no zod in the bundle).
 */
export const ENDPOINTS = {
  'GET /api/auth/me': ZAuthUser,
  'GET /api/setup': ZSetupState,
  'GET /api/users': ZUserList,
  'GET /api/audit': ZAuditPage,
  'GET /api/audit/verify': ZAuditVerification,
  'GET /api/units': ZUnitList,
  'GET /api/units/tree': ZUnitTree,
  'GET /api/units/:unitCode/offices': ZUnitMasterData,
  'GET /api/registers': ZSheetList,
  'GET /api/units/:unitCode/registers/:kind/:sheet/records': ZRecordPage,
  'GET /api/units/:unitCode/registers/:kind/:sheet/records/:recordId': ZRecordView,
  'GET /api/units/:unitCode/registers/:kind/:sheet/records/:recordId/sanctions': ZPersonSanctions,
  'GET /api/units/:unitCode/registers/:kind/sanctions': ZUnitSanctions,
  'GET /api/units/:unitCode/registers/:kind/joint-work': ZJointWork,
  'GET /api/units/:unitCode/registers/:kind/aftercare': ZAftercare,
  'GET /api/units/:unitCode/correction-settings': ZWorkSettings,
  'POST /api/goal-books/preview': ZGoalBookImportPreview,
  'GET /api/units/:unitCode/correction/workspace': ZWorkspace,
  'GET /api/units/:unitCode/correction/people/:id/lifecycle': ZLifecycle,
  'GET /api/units/:unitCode/correction/people': ZPersonChoices,
  [`GET ${UNIT_YEAR}/home`]: ZHome,
  [`GET ${UNIT_YEAR}/overview`]: ZOverview,
  [`GET ${UNIT_YEAR}/goal-book`]: ZGoalBook,
  [`GET ${UNIT_YEAR}/projects/:code`]: ZProjectView,
  [`GET ${UNIT_YEAR}/revisions`]: ZRevisionList,
  [`GET ${UNIT_YEAR}/revisions/:number`]: ZRevisionDetail,
  [`GET ${UNIT_YEAR}/review`]: ZReviewResult,
  [`GET ${UNIT_YEAR}/spending`]: ZSpendingView,
  [`GET ${UNIT_YEAR}/settings/spending`]: ZSpendingSettings,
  [`GET ${UNIT_YEAR}/payments`]: ZPaymentList,
  [`GET ${UNIT_YEAR}/payments/:id/history`]: ZPaymentHistory,
  [`GET ${UNIT_YEAR}/budget-revisions`]: ZBudgetRevisionList,
  [`GET ${UNIT_YEAR}/metrics`]: ZMetricList,
  [`GET ${UNIT_YEAR}/indicator-progress`]: ZProgressBoard,
  [`GET ${UNIT_YEAR}/indicators/:id/drill`]: ZDrill,
  [`GET ${UNIT_YEAR}/indicators/:id/values`]: ZIndicatorValueList,
  [`GET ${UNIT_YEAR}/indicator-values`]: ZUnitIndicatorValueList,
  [`GET ${UNIT_YEAR}/indicator-values/:valueId/evidence`]: ZEvidenceFileList,
  [`GET ${UNIT_YEAR}/monitoring-settings`]: ZMonitoringSettings,
  [`GET ${UNIT_YEAR}/monitoring-measures`]: ZUnitMeasureList,
  [`GET ${UNIT_YEAR}/monitoring/:month`]: ZMonitoringReport,
  [`GET ${UNIT_YEAR}/monitoring/:month/evidence`]: ZEvidenceFileList,
  [`GET ${UNIT_YEAR}/evaluation`]: ZEvaluationReport,
  [`GET ${UNIT_YEAR}/evaluation/evidence`]: ZEvidenceFileList,
  [`GET ${UNIT_YEAR}/evaluation/scheme`]: ZScoringScheme,
  [`GET ${UNIT_YEAR}/rollover`]: ZRolloverReply,
  'GET /api/units/:unitCode/library': ZLibraryList,
  'GET /api/units/:unitCode/library/:id': ZLibraryDetail,
  'GET /api/county/years/:year': ZCountyView,
  [`GET ${UNIT_YEAR}/evaluation/imported`]: ZImportedEvaluationView,
} as const satisfies Record<string, z.ZodType>;

export type TEndpoint = keyof typeof ENDPOINTS;
/** The 200 reply of an endpoint, e.g. `EndpointReply<'GET /api/units'>`. */
export type EndpointReply<E extends TEndpoint> = z.infer<(typeof ENDPOINTS)[E]>;
