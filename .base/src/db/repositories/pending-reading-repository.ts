import type { PendingReading, PendingReadingStore } from '../../core/ports/pending-reading-store.ts';
import type { PrismaDb } from '../open-database.ts';

export function createPendingReadingRepository(prisma: PrismaDb): PendingReadingStore {
  async function take(id: number, now: Date): Promise<PendingReading | null> {
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const row = await prisma.pendingReading.findUnique({ where: { id } });
    if (!row) return null;
    // Whoever deletes the row owns the reading: two presses (or two instances) cannot both take it.
    const { count } = await prisma.pendingReading.deleteMany({ where: { id } });
    if (count === 0 || row.expiresAt.getTime() <= now.getTime()) return null;
    const { id: _id, ...reading } = row;
    return reading;
  }
  return {
    async remember(reading: PendingReading) {
      await prisma.pendingReading.deleteMany({ where: { expiresAt: { lte: reading.createdAt } } });
      const row = await prisma.pendingReading.create({ data: reading, select: { id: true } });
      return row.id;
    },
    take,
    async takeLatestInChat(chatId, now) {
      const row = await prisma.pendingReading.findFirst({ where: { chatId, expiresAt: { gt: now } }, orderBy: { id: 'desc' } });
      if (!row) return null;
      const reading = await take(row.id, now);
      return reading ? { ...reading, id: row.id } : null;
    },
  };
}
