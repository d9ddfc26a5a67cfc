import type { Locale, TaskRecord, UnitRecord } from '../model/records.ts';
import type { UnitGroup } from '../plan/plan-model.ts';
import { exampleUnitCode } from './example-unit-code.ts';
import { findUnits } from './find-unit.ts';
import { refuse, type Refusal } from './ports.ts';

export type ChosenUnits = { ok: true; lead: UnitRecord; support: UnitRecord[]; supportKept: boolean } | Refusal;

/**
 * The lead and supporting units `/giao` asks for. A collective group of the plan ("CTXH_P5") stands
 * for its member units; it can lead only when it has one member (a task has one lead). No supporting
 * units typed (`support` null): the task keeps the ones it has, less the new lead; an empty list clears them.
 */
export function chooseAssignedUnits(input: {
  task: TaskRecord;
  units: readonly UnitRecord[];
  groups: readonly UnitGroup[];
  lead: string;
  support: readonly string[] | null;
  locale: Locale;
}): ChosenUnits {
  const unknown = (query: string) => refuse('assign.unit_problem', { query, example: exampleUnitCode(input.units, input.locale) });
  const leadFound = findUnits(input.units, input.groups, input.lead);
  if (!leadFound) return unknown(input.lead);
  if (leadFound.kind === 'group' && leadFound.members.length > 1) {
    return refuse('assign.group_lead', { query: input.lead, group: leadFound.name, members: leadFound.members.map((u) => u.code).join(', ') });
  }
  const lead = leadFound.kind === 'unit' ? leadFound.unit : leadFound.members[0]!;
  const wanted: UnitRecord[] = [];
  if (input.support === null) {
    for (const a of input.task.assignments) {
      const unit = a.role === 'support' ? input.units.find((u) => u.id === a.unitId) : undefined;
      if (unit) wanted.push(unit);
    }
  } else {
    for (const query of input.support) {
      const found = findUnits(input.units, input.groups, query);
      if (!found) return unknown(query);
      wanted.push(...(found.kind === 'unit' ? [found.unit] : found.members));
    }
  }
  const support: UnitRecord[] = [];
  for (const unit of wanted) if (unit.id !== lead.id && !support.some((u) => u.id === unit.id)) support.push(unit);
  return { ok: true, lead, support, supportKept: input.support === null };
}
