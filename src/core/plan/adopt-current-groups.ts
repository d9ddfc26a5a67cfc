/**
 * The drafter cannot know who "các ngành, đoàn thể cùng cấp" are: it drafts such a collective as a group
 * with no members, to review. When the plan being followed already defines that group (same name or
 * alias), the secretariat settled it once: the draft takes that group (code, members, notes) instead of
 * asking again, and its tasks name the group by the committee's code.
 */
import { keyOf } from './adopt-known-units.ts';
import type { PlanFile } from './plan-schema.ts';

type PlanGroup = NonNullable<NonNullable<PlanFile['config']>['groups']>[number];

/** Returns the draft with matching groups replaced by the plan's own, and how many were taken. */
export function adoptCurrentGroups(plan: PlanFile, current: PlanFile | undefined): { file: PlanFile; adopted: number } {
  const drafted = plan.config?.groups ?? [];
  const settled = current?.config?.groups ?? [];
  if (settled.length === 0 || drafted.length === 0) return { file: plan, adopted: 0 };
  const index = new Map<string, PlanGroup>();
  for (const group of settled)
    for (const name of [group.code, group.name, ...(group.aliases ?? [])]) if (!index.has(keyOf(name))) index.set(keyOf(name), group);
  const renamed = new Map<string, string>();
  const groups: PlanGroup[] = [];
  for (const group of drafted) {
    const match = [group.code, group.name, ...(group.aliases ?? [])].map((name) => index.get(keyOf(name))).find(Boolean);
    if (match) renamed.set(group.code, match.code);
    const next = match ?? group;
    if (!groups.some((g) => g.code === next.code)) groups.push(next);
  }
  if (renamed.size === 0) return { file: plan, adopted: 0 };
  const code = (c: string) => renamed.get(c) ?? c;
  const tasks = plan.tasks.map((task) => {
    const lead = code(task.lead);
    return { ...task, lead, ...(task.support ? { support: [...new Set(task.support.map(code))].filter((c) => c !== lead) } : {}) };
  });
  const file = { ...plan, tasks, config: { ...plan.config, groups } } as PlanFile;
  return { file, adopted: renamed.size };
}
