import type { ExtensionRequestRecord, ExtensionStore } from '../../core/ports/extension-store.ts';
import type { PrismaDb } from '../open-database.ts';
import { json } from './mappers.ts';

type Row = {
  id: number;
  taskId: number;
  unitId: number;
  requestedDueAt: Date;
  reason: string;
  requestedBy: string;
  status: string;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  steeringMessageId: string | null;
  createdAt: Date;
};

const toRecord = (row: Row): ExtensionRequestRecord => ({
  id: row.id,
  taskId: row.taskId,
  unitId: row.unitId,
  requestedDueAt: row.requestedDueAt,
  reason: row.reason,
  requestedBy: row.requestedBy,
  status: row.status as ExtensionRequestRecord['status'],
  decidedBy: row.decidedBy,
  decidedAt: row.decidedAt,
  decisionNote: row.decisionNote,
  steeringMessageId: row.steeringMessageId,
  createdAt: row.createdAt,
});

export function createExtensionRepository(prisma: PrismaDb): ExtensionStore {
  return {
    async createRequest({ at, ...input }) {
      const row = await prisma.$transaction(async (tx) => {
        const created = await tx.extensionRequest.create({ data: { ...input, createdAt: at } });
        await tx.auditLog.create({
          data: {
            actorId: input.requestedBy,
            action: 'task.extension_request',
            entityType: 'task',
            entityId: String(input.taskId),
            afterJson: json({ requestId: created.id, requestedDueAt: input.requestedDueAt }),
            reason: input.reason,
            createdAt: at,
          },
        });
        return created;
      });
      return toRecord(row);
    },
    async getRequest(id) {
      const row = await prisma.extensionRequest.findUnique({ where: { id } });
      return row ? toRecord(row) : null;
    },
    async pendingForTask(taskId) {
      const rows = await prisma.extensionRequest.findMany({ where: { taskId, status: 'pending' }, orderBy: { id: 'asc' } });
      return rows.map(toRecord);
    },
    async listPending() {
      const rows = await prisma.extensionRequest.findMany({ where: { status: 'pending' }, orderBy: { id: 'asc' } });
      return rows.map(toRecord);
    },
    async decidedForTask(taskId) {
      const rows = await prisma.extensionRequest.findMany({
        where: { taskId, status: { in: ['approved', 'denied'] } },
        orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toRecord);
    },
    async setSteeringMessage(id, messageId) {
      await prisma.extensionRequest.update({ where: { id }, data: { steeringMessageId: messageId } });
    },
    async decide(id, decision, note, actor, at) {
      const won = await prisma.extensionRequest.updateMany({
        where: { id, status: 'pending' },
        data: { status: decision, decidedBy: actor.id, decidedAt: at, decisionNote: note },
      });
      if (won.count !== 1) return null;
      const row = await prisma.extensionRequest.findUniqueOrThrow({ where: { id } });
      await prisma.auditLog.create({
        data: {
          actorId: actor.id,
          actorName: actor.name ?? null,
          action: `task.extension_${decision}`,
          entityType: 'task',
          entityId: String(row.taskId),
          afterJson: json({ requestId: id, requestedDueAt: row.requestedDueAt }),
          reason: note,
          createdAt: at,
        },
      });
      return toRecord(row);
    },
  };
}
