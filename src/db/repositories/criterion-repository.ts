import { readMeasurement, type Verdict } from '../../core/criteria/judge-criterion.ts';
import type { CriterionStore } from '../../core/ports/criterion-store.ts';
import type { PrismaDb } from '../open-database.ts';
import { json } from './mappers.ts';

export function createCriterionRepository(prisma: PrismaDb): CriterionStore {
  const store: CriterionStore = {
    async listCriteria(filter = {}) {
      const rows = await prisma.criterion.findMany({
        where: { archivedAt: null, plan: { status: 'active' }, ...(filter.planId !== undefined ? { planId: filter.planId } : {}) },
        include: {
          plan: { select: { number: true } },
          unit: { select: { name: true, shortName: true } },
          measurements: { orderBy: [{ measuredAt: 'desc' }, { id: 'desc' }], take: 1 },
          _count: { select: { evidence: true } },
        },
        orderBy: [{ planId: 'asc' }, { position: 'asc' }],
      });
      return rows.map((row) => {
        const m = row.measurements[0];
        return {
          id: row.id,
          planId: row.planId,
          planNumber: row.plan.number,
          code: row.code,
          text: row.text,
          target: row.target,
          unitOfMeasure: row.unitOfMeasure,
          unitId: row.unitId,
          unitName: row.unit ? (row.unit.shortName ?? row.unit.name) : null,
          evidenceCount: row._count.evidence,
          latest: m
            ? {
                value: m.value,
                valueText: m.valueText,
                verdict: currentVerdict(row.target, m.value, (m.verdict ?? 'not_met') as Verdict),
                evidence: m.evidence,
                reportedBy: m.reportedBy,
                measuredAt: m.measuredAt,
              }
            : null,
        };
      });
    },
    async addMeasurement({ criterionId, measurement, evidence, actor, at }) {
      await prisma.$transaction([
        prisma.criterionMeasurement.create({
          data: {
            criterionId,
            value: measurement.value,
            valueText: measurement.valueText,
            verdict: measurement.verdict,
            evidence,
            reportedBy: actor.id,
            measuredAt: at,
            createdAt: at,
          },
        }),
        prisma.auditLog.create({
          data: {
            actorId: actor.id,
            actorName: actor.name ?? null,
            action: 'criterion.measure',
            entityType: 'criterion',
            entityId: String(criterionId),
            afterJson: json({ ...measurement, evidence }),
            createdAt: at,
          },
        }),
      ]);
    },
    async recordCriterionMessage({ criterionId, chatId, messageId }) {
      await prisma.criterionMessage.upsert({
        where: { chatId_messageId: { chatId, messageId } },
        create: { criterionId, chatId, messageId },
        update: { criterionId },
      });
    },
    async findCriterionByMessage(chatId, messageId) {
      const link = await prisma.criterionMessage.findUnique({ where: { chatId_messageId: { chatId, messageId } } });
      if (!link) return null;
      return (await store.listCriteria()).find((c) => c.id === link.criterionId) ?? null;
    },
    async addEvidence(input) {
      const { at, ...data } = input;
      return prisma.$transaction(async (tx) => {
        await tx.criterionEvidence.create({ data: { ...data, createdAt: at } });
        await tx.auditLog.create({
          data: {
            actorId: input.uploaderId,
            action: 'criterion.evidence',
            entityType: 'criterion',
            entityId: String(input.criterionId),
            afterJson: json({ kind: input.kind, fileName: input.fileName, caption: input.caption }),
            createdAt: at,
          },
        });
        return tx.criterionEvidence.count({ where: { criterionId: input.criterionId } });
      });
    },
  };
  return store;
}

/**
 * A number measured against the target the criterion has now: a target changed by a plan import
 * ("≥ 80" → "≥ 90") judges the latest figure again, so no view keeps an "đạt" the new target denies.
 * A verdict in words (no number) stands as given.
 */
function currentVerdict(target: string | null, value: number | null, stored: Verdict): Verdict {
  if (value === null || !target) return stored;
  const judged = readMeasurement(target, String(value));
  return judged.ok ? judged.measurement.verdict : stored;
}
