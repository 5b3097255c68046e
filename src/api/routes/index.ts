import type { FastifyInstance } from 'fastify';
import auditRoutes from './audit.js';
import correctionWorkRoutes from './correction-work.js';
import authRoutes from './auth.js';
import countyRoutes from './county.js';
import correctionRoutes from './correction.js';
import evaluationRoutes from './evaluation.js';
import goalBookImportRoutes from './goal-book/import.js';
import goalBookReadRoutes from './goal-book/read.js';
import goalBookWriteRoutes from './goal-book/write.js';
import healthRoutes from './health.js';
import homeRoutes from './home.js';
import indicatorRoutes from './registers/indicators.js';
import monitoringRoutes from './monitoring.js';
import registerRecordRoutes from './registers/records.js';
import reportEvidenceRoutes from './report-evidence.js';
import reviewRoutes from './review.js';
import rolloverRoutes from './rollover.js';
import libraryRoutes from './library.js';
import spendingImportRoutes from './spending/import.js';
import spendingReadRoutes from './spending/read.js';
import spendingWriteRoutes from './spending/write.js';
import unitRoutes from './units.js';
import userRoutes from './users.js';

/** Every route module, in one list: adding an area means adding it here. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  for (const routes of [
    healthRoutes,
    authRoutes,
    unitRoutes,
    goalBookReadRoutes,
    goalBookWriteRoutes,
    goalBookImportRoutes,
    reviewRoutes,
    spendingReadRoutes,
    spendingWriteRoutes,
    spendingImportRoutes,
    registerRecordRoutes,
    indicatorRoutes,
    monitoringRoutes,
    homeRoutes,
    evaluationRoutes,
    reportEvidenceRoutes,
    countyRoutes,
    rolloverRoutes,
    libraryRoutes,
    correctionWorkRoutes,
    correctionRoutes,
    userRoutes,
    auditRoutes,
  ]) {
    await app.register(routes);
  }
}
