import type { AuditLog, JobSlots, SlotRecord, StaleSlotReclaimer, UpdateLog } from '../../core/ports/system-store.ts';
import type { PrismaDb } from '../open-database.ts';
import { json } from './mappers.ts';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

export function createUpdateLog(prisma: PrismaDb): UpdateLog {
  return {
    async markProcessed(key, at) {
      // Every update passes here: one plain insert (no row read back, no error thrown for a redelivery)
      // costs Prisma about half of what create() did. Both databases count a skipped conflict as 0 rows.
      const inserted = await prisma.$executeRaw`INSERT INTO "ProcessedUpdate" ("key", "processedAt") VALUES (${key}, ${at}) ON CONFLICT ("key") DO NOTHING`;
      return inserted === 1;
    },
  };
}

export function createJobSlots(prisma: PrismaDb): JobSlots & StaleSlotReclaimer {
  return {
    async claimSlot(job, slotKey, owner, at) {
      try {
        await prisma.jobRun.create({ data: { job, slotKey, owner, startedAt: at } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async finishSlot(job, slotKey, status, at, detail) {
      await prisma.jobRun.update({
        where: { job_slotKey: { job, slotKey } },
        data: { status, finishedAt: at, detail: detail ?? null },
      });
    },
    async releaseSlot(job, slotKey) {
      await prisma.jobRun.deleteMany({ where: { job, slotKey } });
    },
    async hasSlot(job, slotKey) {
      return (await prisma.jobRun.count({ where: { job, slotKey } })) > 0;
    },
    async recentSlots(job, keyPrefix, beforeKey, limit) {
      const rows = await prisma.jobRun.findMany({
        where: { job, slotKey: { startsWith: keyPrefix, ...(beforeKey === null ? {} : { lt: beforeKey }) } },
        orderBy: { slotKey: 'desc' },
        take: limit,
        select: { slotKey: true, status: true, startedAt: true },
      });
      return rows.map((row) => ({ slotKey: row.slotKey, status: row.status as SlotRecord['status'], startedAt: row.startedAt }));
    },
    async slotsWithStatus(job, slotKeys, status) {
      const found: SlotRecord[] = [];
      for (let i = 0; i < slotKeys.length; i += 500) {
        const rows = await prisma.jobRun.findMany({
          where: { job, status, slotKey: { in: slotKeys.slice(i, i + 500) } },
          select: { slotKey: true, status: true, startedAt: true },
        });
        for (const row of rows) found.push({ slotKey: row.slotKey, status: row.status as SlotRecord['status'], startedAt: row.startedAt });
      }
      return found;
    },
    async reclaimStaleSlot(job, slotKey, owner, staleBefore, at) {
      // One conditional update: of two processes reclaiming at once, only one matches the old startedAt.
      const { count } = await prisma.jobRun.updateMany({
        where: { job, slotKey, status: 'running', startedAt: { lt: staleBefore } },
        data: { owner, startedAt: at },
      });
      return count === 1;
    },
  };
}

export function createAuditLog(prisma: PrismaDb): AuditLog {
  return {
    async append(entry) {
      await prisma.auditLog.create({
        data: {
          actorId: entry.actorId,
          actorName: entry.actorName ?? null,
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          beforeJson: json(entry.before),
          afterJson: json(entry.after),
          reason: entry.reason ?? null,
          createdAt: entry.at,
        },
      });
    },
    async list({ since, ...filter }) {
      const where = since ? { ...filter, createdAt: { gte: since } } : filter;
      const rows = await prisma.auditLog.findMany({ where, orderBy: { id: 'asc' } });
      return rows.map((row) => ({
        id: row.id,
        actorId: row.actorId,
        actorName: row.actorName,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.beforeJson ? JSON.parse(row.beforeJson) : undefined,
        after: row.afterJson ? JSON.parse(row.afterJson) : undefined,
        reason: row.reason,
        at: row.createdAt,
      }));
    },
  };
}
