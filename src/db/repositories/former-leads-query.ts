import type { PrismaDb } from '../open-database.ts';

/**
 * Per task, the codes of the units that led it and were taken off it (/giao keeps their assignment with
 * `removedAt` and its role then). A plan document sent again still names such a unit as the lead.
 */
export async function formerLeadCodes(db: PrismaDb, taskIds: readonly number[]): Promise<Map<number, string[]>> {
  const leads = new Map<number, string[]>();
  for (let i = 0; i < taskIds.length; i += 500) {
    const rows = await db.assignment.findMany({
      where: { taskId: { in: taskIds.slice(i, i + 500) }, role: 'lead', removedAt: { not: null } },
      select: { taskId: true, unit: { select: { code: true } } },
    });
    for (const row of rows) leads.set(row.taskId, [...(leads.get(row.taskId) ?? []), row.unit.code]);
  }
  return leads;
}
