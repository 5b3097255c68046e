import type { FastifyInstance } from 'fastify';
import auditRoutes from './audit.js';
import authRoutes from './auth.js';
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
import reviewRoutes from './review.js';
import spendingImportRoutes from './spending/import.js';
import spendingReadRoutes from './spending/read.js';
import spendingWriteRoutes from './spending/write.js';
import unitRoutes from './units.js';
import userRoutes from './users.js';

/** Every route module, in one list: adding an area means adding it here. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  for (const routes of [healthRoutes, authRoutes, unitRoutes, goalBookReadRoutes, goalBookWriteRoutes, goalBookImportRoutes, reviewRoutes, spendingReadRoutes, spendingWriteRoutes, spendingImportRoutes, registerRecordRoutes, indicatorRoutes, monitoringRoutes, homeRoutes, correctionRoutes, evaluationRoutes, userRoutes, auditRoutes]) {
    await app.register(routes);
  }
}
