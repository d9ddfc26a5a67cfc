import type { PlanConfig } from '../../core/plan/plan-model.ts';
import type { StoredPlan } from '../../core/plans/stored-plan-to-file.ts';
import { foldVietnamese } from '../../core/text/fold.ts';
import type { PrismaDb } from '../open-database.ts';

/** The plan with this number as stored (current tasks only, in the order they were created), or null. */
export async function readStoredPlan(prisma: PrismaDb, number: string): Promise<StoredPlan | null> {
  const plan = await prisma.plan.findUnique({ where: { number } });
  if (!plan) return null;
  const [phases, tasks, criteria] = await Promise.all([
    prisma.phase.findMany({ where: { planId: plan.id }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
    prisma.task.findMany({
      where: { planId: plan.id, archivedAt: null },
      orderBy: { id: 'asc' },
      include: {
        phase: { select: { code: true } },
        assignments: { where: { removedAt: null }, orderBy: { id: 'asc' }, include: { unit: { select: { code: true } } } },
      },
    }),
    prisma.criterion.findMany({ where: { planId: plan.id, archivedAt: null }, orderBy: { position: 'asc' }, include: { unit: { select: { code: true } } } }),
  ]);
  const config = plan.configJson ? (JSON.parse(plan.configJson) as PlanConfig) : null;

  // the units this plan names: on its tasks, in its groups, and their parents
  const wanted = new Set<string>();
  for (const task of tasks) for (const a of task.assignments) wanted.add(a.unit.code);
  for (const group of config?.groups ?? []) for (const member of group.members) wanted.add(member);
  for (const criterion of criteria) if (criterion.unit) wanted.add(criterion.unit.code);
  const units: (StoredPlan['units'][number] & { id: number })[] = [];
  const seen = new Set<string>();
  let pending = [...wanted];
  while (pending.length > 0) {
    const rows = await prisma.unit.findMany({
      where: { code: { in: pending } },
      orderBy: { id: 'asc' },
      include: { aliases: { orderBy: { id: 'asc' } }, parent: { select: { code: true } } },
    });
    pending = [];
    for (const row of rows) {
      if (seen.has(row.code)) continue;
      seen.add(row.code);
      const own = new Set([foldVietnamese(row.name), foldVietnamese(row.code)]);
      units.push({
        id: row.id,
        code: row.code,
        name: row.name,
        kind: row.kind,
        parentCode: row.parent?.code ?? null,
        aliases: row.aliases.map((a) => a.alias).filter((alias) => !own.has(foldVietnamese(alias))),
      });
      if (row.parent && !seen.has(row.parent.code)) pending.push(row.parent.code);
    }
  }
  units.sort((a, b) => a.id - b.id);

  return {
    number: plan.number,
    issuer: plan.issuer,
    issueDate: plan.issueDate,
    place: plan.place,
    title: plan.title,
    area: plan.area,
    config,
    units: units.map(({ id: _id, ...unit }) => unit),
    phases: phases.map((p) => ({ code: p.code, name: p.name, startAt: p.startAt, endAt: p.endAt, notes: p.notes })),
    tasks: tasks.map((t) => ({
      code: t.code,
      title: t.title,
      body: t.body,
      sourceClause: t.sourceClause,
      section: t.section,
      phaseCode: t.phase?.code ?? null,
      startAt: t.startAt,
      dueAt: t.dueAt,
      deadlineText: t.deadlineText,
      recurrenceJson: t.recurrenceJson,
      lead: t.assignments.find((a) => a.role === 'lead')?.unit.code ?? null,
      support: t.assignments.filter((a) => a.role === 'support').map((a) => a.unit.code),
    })),
    criteria: criteria.map((c) => ({
      code: c.code,
      text: c.text,
      kind: c.kind,
      target: c.target,
      unitOfMeasure: c.unitOfMeasure,
      baseline: c.baseline,
      unitCode: c.unit?.code ?? null,
    })),
  };
}
