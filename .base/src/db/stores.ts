import type { Database } from './open-database.ts';
import { createBindingCodeRepository, createChatRepository } from './repositories/chat-repository.ts';
import { createCriterionRepository } from './repositories/criterion-repository.ts';
import { createDirectoryRepository } from './repositories/directory-repository.ts';
import { createExtensionRepository } from './repositories/extension-repository.ts';
import { createInboundRepository } from './repositories/inbound-repository.ts';
import { createOutboxRepository } from './repositories/outbox-repository.ts';
import { createPendingPlanImportRepository } from './repositories/pending-plan-import-repository.ts';
import { createPendingReadingRepository } from './repositories/pending-reading-repository.ts';
import { createPlanImportRepository } from './repositories/plan-import-repository.ts';
import { createReportFileRepository } from './repositories/report-file-repository.ts';
import { withPgConditionalUpserts } from './repositories/pg-chat-upserts.ts';
import { pgArrival } from './repositories/pg-arrival.ts';
import { pgReportRows } from './repositories/pg-report-rows.ts';
import { createReportRepository } from './repositories/report-repository.ts';
import { sqliteReportRows } from './repositories/sqlite-report-rows.ts';
import { sqliteUpdateLog } from './repositories/sqlite-update-log.ts';
import { createAuditLog, createJobSlots, createUpdateLog } from './repositories/system-repository.ts';
import { createTaskRepository } from './repositories/task-repository.ts';

/** Every repository over one database; entry points build this once and pass it in. */
export function createStores(db: Database) {
  const { prisma } = db;
  return {
    plans: createPlanImportRepository(prisma),
    tasks: createTaskRepository(prisma),
    reports: createReportRepository(prisma, db.provider === 'postgresql' ? pgReportRows(prisma) : db.sqlite && sqliteReportRows(db.sqlite)),
    reportFiles: createReportFileRepository(prisma),
    criteria: createCriterionRepository(prisma),
    chats: db.provider === 'postgresql' ? withPgConditionalUpserts(createChatRepository(prisma), prisma) : createChatRepository(prisma),
    codes: createBindingCodeRepository(prisma),
    directory: createDirectoryRepository(prisma),
    extensions: createExtensionRepository(prisma),
    pendingReadings: createPendingReadingRepository(prisma),
    pendingPlanImports: createPendingPlanImportRepository(prisma),
    updates: db.sqlite ? sqliteUpdateLog(db.sqlite, createUpdateLog(prisma)) : createUpdateLog(prisma),
    inbound: createInboundRepository(prisma),
    slots: createJobSlots(prisma),
    audit: createAuditLog(prisma),
    outbox: createOutboxRepository(db),
    /** PostgreSQL: dedupe, chat and sender of an update in one statement (dispatch/record-arrival.ts); elsewhere null. */
    arrival: db.provider === 'postgresql' ? pgArrival(prisma) : null,
  };
}

export type Stores = ReturnType<typeof createStores>;
