import type { InboundStore } from '../../core/ports/inbound-store.ts';
import type { PrismaDb } from '../open-database.ts';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

export function createInboundRepository(prisma: PrismaDb): InboundStore {
  return {
    async save({ platform, key, payload, at }) {
      try {
        await prisma.inboundUpdate.create({ data: { platform, key, payloadJson: JSON.stringify(payload), receivedAt: at } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async pending(platform, limit, afterId = 0) {
      const rows = await prisma.inboundUpdate.findMany({ where: { platform, status: 'pending', id: { gt: afterId } }, orderBy: { id: 'asc' }, take: limit });
      return rows.map((row) => ({
        id: row.id,
        platform: row.platform,
        key: row.key,
        payload: JSON.parse(row.payloadJson) as unknown,
        attempts: row.attempts,
        receivedAt: row.receivedAt,
      }));
    },
    async markDone(id, at) {
      await prisma.inboundUpdate.update({ where: { id }, data: { status: 'done', handledAt: at } });
    },
    async prune(platform, before) {
      const { count } = await prisma.inboundUpdate.deleteMany({ where: { platform, status: { in: ['done', 'failed'] }, handledAt: { lt: before } } });
      return count;
    },
    async recordFailure(id, error, at, maxAttempts) {
      const row = await prisma.inboundUpdate.update({ where: { id }, data: { attempts: { increment: 1 }, lastError: error.slice(0, 500) } });
      if (row.attempts >= maxAttempts) await prisma.inboundUpdate.update({ where: { id }, data: { status: 'failed', handledAt: at } });
    },
  };
}
