import type { PendingPlanImportStore, PlanImportDecision } from '../../core/ports/pending-plan-import-store.ts';
import type { PrismaDb } from '../open-database.ts';

/** Decided or expired rows are kept a while for support questions, then dropped. */
const KEEP_AFTER_EXPIRY_MS = 30 * 24 * 60 * 60 * 1000;

export function createPendingPlanImportRepository(prisma: PrismaDb): PendingPlanImportStore {
  return {
    async remember(pending) {
      await prisma.pendingPlanImport.deleteMany({ where: { expiresAt: { lte: new Date(pending.createdAt.getTime() - KEEP_AFTER_EXPIRY_MS) } } });
      const row = await prisma.pendingPlanImport.create({
        data: { ...pending, fileBytes: Buffer.from(pending.fileBytes), status: 'pending' },
        select: { id: true },
      });
      return row.id;
    },
    async claim(id, chatId, decision: PlanImportDecision, now) {
      if (!Number.isSafeInteger(id) || id <= 0) return { claimed: false, reason: 'missing' };
      // The conditional update is the lock: of two presses (or two instances) one changes the row.
      const { count } = await prisma.pendingPlanImport.updateMany({
        where: { id, chatId, status: 'pending', expiresAt: { gt: now } },
        data: { status: decision, decidedAt: now },
      });
      const row = await prisma.pendingPlanImport.findUnique({ where: { id } });
      if (!row || row.chatId !== chatId) return { claimed: false, reason: 'missing' };
      if (count === 0) {
        const reason = row.status === 'activated' || row.status === 'cancelled' ? row.status : 'expired';
        return { claimed: false, reason };
      }
      const { status: _status, decidedAt: _decidedAt, ...pending } = row;
      return { claimed: true, pending: { ...pending, fileBytes: new Uint8Array(row.fileBytes) } };
    },
    async release(id) {
      await prisma.pendingPlanImport.updateMany({ where: { id }, data: { status: 'pending', decidedAt: null } });
    },
  };
}
