/**
 * A plan drafted again from its document does not carry what the committee added beside the text: the
 * criteria it measures (often an attached list the drafter cannot read, with measurements recorded
 * against them) and the unit groups it defined. Importing the draft would archive them. So the draft of
 * the plan being followed keeps that plan's criteria (in place of any it drafted) and every group of it
 * the draft lacks, with the units they name.
 */
import type { PlanFile } from './plan-schema.ts';

export function carryPlanSettings(file: PlanFile, current: PlanFile | undefined): { file: PlanFile; criteria: number; groups: number } {
  const criteria = current?.criteria ?? [];
  const drafted = file.config?.groups ?? [];
  const groups = (current?.config?.groups ?? []).filter((group) => !drafted.some((g) => g.code === group.code));
  if (!current || (criteria.length === 0 && groups.length === 0)) return { file, criteria: 0, groups: 0 };
  const named = new Set([...criteria.map((c) => c.unit), ...groups.flatMap((g) => g.members)].filter((code) => code !== undefined));
  const units = current.units.filter((unit) => named.has(unit.code) && !file.units.some((u) => u.code === unit.code));
  const next = {
    ...file,
    units: [...file.units, ...units],
    ...(criteria.length > 0 ? { criteria } : {}),
    ...(groups.length > 0 ? { config: { ...file.config, groups: [...drafted, ...groups] } } : {}),
  } as PlanFile;
  return { file: next, criteria: criteria.length, groups: groups.length };
}
