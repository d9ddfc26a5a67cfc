import { diffPlanTasks, type StoredTask, type TaskFields } from '../../core/plans/diff-plan-tasks.ts';
import type { ImportSummary, PlanStore } from '../../core/ports/plan-store.ts';
import type { Plan } from '../../core/plan/plan-model.ts';
import { PlanCodeClashError } from '../../core/model/plan-code-clash-error.ts';
import { foldVietnamese } from '../../core/text/fold.ts';
import type { Prisma } from '../generated/sqlite/client.ts';
import type { PrismaDb } from '../open-database.ts';
import { json } from './mappers.ts';
import { followNewLead } from './follow-new-lead.ts';
import { formerLeadCodes } from './former-leads-query.ts';
import { readStoredPlan } from './plan-export-query.ts';

type Tx = Prisma.TransactionClient;

async function upsertUnits(tx: Tx, plan: Plan): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const unit of plan.units) {
    const row = await tx.unit.upsert({
      where: { code: unit.code },
      create: { code: unit.code, name: unit.name, shortName: unit.shortNames[0] ?? null, kind: unit.kind },
      update: { name: unit.name, shortName: unit.shortNames[0] ?? null, kind: unit.kind },
    });
    ids.set(unit.code, row.id);
    const names = [unit.name, ...unit.shortNames, ...unit.aliases, unit.code];
    const existing = new Set((await tx.unitAlias.findMany({ where: { unitId: row.id } })).map((a) => a.folded));
    for (const alias of names) {
      const folded = foldVietnamese(alias);
      if (existing.has(folded)) continue;
      existing.add(folded);
      await tx.unitAlias.create({ data: { unitId: row.id, alias, folded } });
    }
  }
  for (const unit of plan.units) {
    if (unit.parent && ids.has(unit.parent)) {
      await tx.unit.update({ where: { code: unit.code }, data: { parentId: ids.get(unit.parent)! } });
    }
  }
  return ids;
}

async function upsertPhases(tx: Tx, planId: number, plan: Plan): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const phase of plan.phases) {
    const data = { name: phase.name, startAt: phase.start, endAt: phase.end, notes: phase.notes ?? null, position: phase.order };
    const row = await tx.phase.upsert({
      where: { planId_code: { planId, code: phase.code } },
      create: { planId, code: phase.code, ...data },
      update: data,
    });
    ids.set(phase.code, row.id);
  }
  return ids;
}

async function storedTasks(tx: Tx, planId: number): Promise<StoredTask[]> {
  const rows = await tx.task.findMany({
    where: { planId },
    include: { phase: { select: { code: true } }, assignments: { where: { removedAt: null }, include: { unit: { select: { code: true } } } } },
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    title: row.title,
    body: row.body,
    sourceClause: row.sourceClause,
    section: row.section,
    phaseCode: row.phase?.code ?? null,
    startAt: row.startAt,
    dueAt: row.dueAt,
    deadlineText: row.deadlineText,
    recurrenceJson: row.recurrenceJson,
    archived: row.archivedAt !== null,
    roles: row.assignments.map((a) => ({ unitCode: a.unit.code, role: a.role as 'lead' | 'support' })),
  }));
}

function taskData(fields: TaskFields, phases: Map<string, number>) {
  const { phaseCode, ...rest } = fields;
  return { ...rest, phaseId: phaseCode ? (phases.get(phaseCode) ?? null) : null };
}

/** Sets the task's units to `roles`; returns the units whose role ended. */
async function setRoles(tx: Tx, taskId: number, roles: { unitCode: string; role: string }[], units: Map<string, number>, at: Date): Promise<number[]> {
  const wanted = new Map(roles.map((r) => [units.get(r.unitCode)!, r.role]));
  const current = await tx.assignment.findMany({ where: { taskId } });
  const formerLead = current.find((a) => a.role === 'lead' && !a.removedAt)?.unitId ?? null;
  const removed: number[] = [];
  for (const a of current) {
    if (!wanted.has(a.unitId) && !a.removedAt) {
      await tx.assignment.update({ where: { id: a.id }, data: { removedAt: at } });
      removed.push(a.unitId);
    }
  }
  for (const [unitId, role] of wanted) {
    await tx.assignment.upsert({
      where: { taskId_unitId: { taskId, unitId } },
      create: { taskId, unitId, role, createdAt: at },
      update: { role, removedAt: null },
    });
  }
  await followNewLead(tx, taskId, formerLead);
  return removed;
}

/** The reason a re-import writes on the deadline changes it makes (any other reason is a committee decision). */
const REIMPORT_REASON = 'Nhập lại kế hoạch';

/**
 * Tasks whose deadline now is one the committee decided after an import (/doihan, an approved
 * extension): the latest change of their deadline was not made by an import.
 */
async function decidedDeadlineTasks(db: Tx | PrismaDb, taskIds: readonly number[]): Promise<Set<number>> {
  const latest = new Map<number, string>();
  for (let i = 0; i < taskIds.length; i += 500) {
    const rows = await db.deadlineChange.findMany({
      where: { taskId: { in: taskIds.slice(i, i + 500) } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { taskId: true, reason: true },
    });
    for (const row of rows) if (!latest.has(row.taskId)) latest.set(row.taskId, row.reason);
  }
  return new Set([...latest].filter(([, reason]) => !reason.startsWith(REIMPORT_REASON)).map(([taskId]) => taskId));
}

/** Codes the plan's tasks share with open tasks of other active plans (reported by code, they would go astray). */
async function codeClashes(db: Tx | PrismaDb, plan: Plan): Promise<{ code: string; plan: string }[]> {
  const codes = [...new Set(plan.tasks.flatMap((task) => [task.code, task.code.toUpperCase()]))];
  const clashes: { code: string; plan: string }[] = [];
  for (let i = 0; i < codes.length; i += 500) {
    const rows = await db.task.findMany({
      where: { code: { in: codes.slice(i, i + 500) }, archivedAt: null, plan: { status: 'active', number: { not: plan.number } } },
      select: { code: true, plan: { select: { number: true } } },
      orderBy: { id: 'asc' },
    });
    clashes.push(...rows.map((row) => ({ code: row.code, plan: row.plan.number })));
  }
  return clashes;
}

export function createPlanImportRepository(prisma: PrismaDb): PlanStore {
  return {
    readStoredPlan: (number) => readStoredPlan(prisma, number),
    decidedDeadlines: (taskIds) => decidedDeadlineTasks(prisma, taskIds),
    formerLeads: (taskIds) => formerLeadCodes(prisma, taskIds),
    async previewImport(plan) {
      const existing = await prisma.plan.findUnique({ where: { number: plan.number }, select: { id: true } });
      const stored = existing ? await storedTasks(prisma, existing.id) : [];
      const diff = diffPlanTasks(stored, plan.tasks);
      // the names of the units a changed task names before (as stored) and after (as the file names them)
      const oldCodes = [...new Set(diff.update.flatMap((change) => change.oldRoles.map((r) => r.unitCode)))];
      const unitNames: Record<string, string> = {};
      for (const unit of oldCodes.length > 0 ? await prisma.unit.findMany({ where: { code: { in: oldCodes } }, select: { code: true, name: true } }) : [])
        unitNames[unit.code] = unit.name;
      for (const unit of plan.units) unitNames[unit.code] = unit.name;
      const moved = diff.update.filter((change) => change.deadlineChanged);
      const decided = await decidedDeadlineTasks(
        prisma,
        moved.map((change) => change.id),
      );
      const fileUnits = plan.units.map((unit) => unit.code);
      const known = new Set((await prisma.unit.findMany({ where: { code: { in: fileUnits } }, select: { code: true } })).map((unit) => unit.code));
      const others = await prisma.plan.findMany({
        where: { status: 'active', number: { not: plan.number } },
        select: { number: true },
        orderBy: { id: 'asc' },
      });
      return {
        planNumber: plan.number,
        isNewPlan: !existing,
        diff,
        unitNames,
        otherActivePlans: others.map((other) => other.number),
        codeClashes: await codeClashes(prisma, plan),
        decidedDeadlines: moved.filter((change) => decided.has(change.id)).map((change) => change.code),
        newUnits: plan.units.filter((unit) => !known.has(unit.code)).map((unit) => ({ code: unit.code, name: unit.name })),
      };
    },
    importPlan(plan, { actor, at, sourceFile }) {
      return prisma.$transaction(
        async (tx): Promise<ImportSummary> => {
          const audit = (action: string, entityType: string, entityId: string, before: unknown, after: unknown, reason?: string) =>
            tx.auditLog.create({
              data: {
                actorId: actor.id,
                actorName: actor.name ?? null,
                action,
                entityType,
                entityId,
                beforeJson: json(before),
                afterJson: json(after),
                reason: reason ?? null,
                createdAt: at,
              },
            });
          const clashes = await codeClashes(tx, plan);
          if (clashes.length > 0) throw new PlanCodeClashError(plan.number, clashes);
          const units = await upsertUnits(tx, plan);
          const header = {
            issuer: plan.issuer,
            issueDate: new Date(`${plan.issueDate}T00:00:00+07:00`),
            place: plan.place ?? null,
            title: plan.title,
            area: plan.area ?? null,
            configJson: json(plan.config),
          };
          const existingPlan = await tx.plan.findUnique({ where: { number: plan.number } });
          const planRow = existingPlan
            ? await tx.plan.update({ where: { id: existingPlan.id }, data: { ...header, ...(sourceFile ? { sourceFile } : {}) } })
            : await tx.plan.create({ data: { number: plan.number, ...header, sourceFile: sourceFile ?? null, createdAt: at } });
          const phases = await upsertPhases(tx, planRow.id, plan);
          const diff = diffPlanTasks(await storedTasks(tx, planRow.id), plan.tasks);
          for (const task of diff.create) {
            const row = await tx.task.create({ data: { planId: planRow.id, code: task.code, ...taskData(task.fields, phases), createdAt: at } });
            await setRoles(tx, row.id, task.roles, units, at);
            if (existingPlan) await audit('task.create', 'task', String(row.id), null, { code: task.code, dueAt: task.fields.dueAt });
          }
          const unassigned: ImportSummary['unassigned'] = [];
          const told: ImportSummary['told'] = [];
          for (const change of diff.update) {
            // the units on the task before this import: told of a new deadline or assignment
            if (change.deadlineChanged || change.changed.includes('roles')) {
              const before = await tx.assignment.findMany({ where: { taskId: change.id, removedAt: null }, select: { unitId: true } });
              told.push({ code: change.code, unitIds: before.map((a) => a.unitId), roles: change.changed.includes('roles'), deadline: change.deadlineChanged });
            }
            await tx.task.update({ where: { id: change.id }, data: { ...taskData(change.fields, phases), archivedAt: null } });
            if (change.changed.includes('roles')) {
              const removed = await setRoles(tx, change.id, change.roles, units, at);
              if (removed.length > 0) unassigned.push({ code: change.code, unitIds: removed });
            }
            // a task back in the plan: its units were told it left, so they are told it is back
            if (change.changed.includes('restored')) {
              const now = await tx.assignment.findMany({ where: { taskId: change.id, removedAt: null }, select: { unitId: true } });
              const earlier = told.find((t) => t.code === change.code);
              const unitIds = [...new Set([...(earlier?.unitIds ?? []), ...now.map((a) => a.unitId)])];
              if (earlier) Object.assign(earlier, { unitIds, restored: true });
              else told.push({ code: change.code, unitIds, roles: false, deadline: false, restored: true });
            }
            if (change.deadlineChanged) {
              await tx.deadlineChange.create({
                data: {
                  taskId: change.id,
                  oldDueAt: change.oldDueAt,
                  newDueAt: change.fields.dueAt,
                  reason: `${REIMPORT_REASON} ${plan.number}`,
                  changedBy: actor.id,
                  createdAt: at,
                },
              });
            }
            await audit(
              change.deadlineChanged ? 'task.deadline' : 'task.update',
              'task',
              String(change.id),
              { dueAt: change.oldDueAt },
              { changed: change.changed, dueAt: change.fields.dueAt },
              `Nhập lại kế hoạch ${plan.number}`,
            );
          }
          for (const task of diff.archive) {
            await tx.task.update({ where: { id: task.id }, data: { archivedAt: at } });
            await audit('task.archive', 'task', String(task.id), { code: task.code }, null, `Không còn trong kế hoạch ${plan.number}`);
          }
          if (!existingPlan) await audit('plan.import', 'plan', String(planRow.id), null, { number: plan.number, tasks: plan.tasks.length });
          await syncCriteria(tx, planRow.id, plan, at);
          return {
            planId: planRow.id,
            planNumber: plan.number,
            isNewPlan: !existingPlan,
            created: diff.create.map((t) => t.code),
            updated: diff.update.map((t) => t.code),
            archived: diff.archive.map((t) => t.code),
            unchanged: diff.unchanged,
            deadlineChanges: diff.update.filter((c) => c.deadlineChanged).map((c) => ({ code: c.code, from: c.oldDueAt, to: c.fields.dueAt })),
            unassigned,
            told,
          };
        },
        { timeout: 120_000, maxWait: 30_000 },
      );
    },
  };
}

async function syncCriteria(tx: Tx, planId: number, plan: Plan, at: Date) {
  const keep = new Set<string>();
  for (const [position, c] of plan.criteria.entries()) {
    keep.add(c.code);
    const data = {
      text: c.text,
      kind: c.kind,
      target: c.target?.text ?? null,
      unitOfMeasure: c.unitOfMeasure ?? null,
      baseline: c.baseline === undefined ? null : String(c.baseline),
      unitId: c.unitCode ? ((await tx.unit.findUnique({ where: { code: c.unitCode }, select: { id: true } }))?.id ?? null) : null,
      position,
      archivedAt: null,
    };
    await tx.criterion.upsert({ where: { planId_code: { planId, code: c.code } }, create: { planId, code: c.code, ...data }, update: data });
  }
  await tx.criterion.updateMany({ where: { planId, code: { notIn: [...keep] }, archivedAt: null }, data: { archivedAt: at } });
}
