import type { Recurrence } from '../deadline/types.ts';
import { monthDayOfNumberedYear } from '../deadline/yearly-day.ts';
import { type LocalDateTime, dueInstant, dateKey, startInstant } from '../time/local-date.ts';
import { parseLocalDateTime } from '../time/parse-local-date-time.ts';
import type { CriterionTarget, Plan, PlanCriterion, PlanPeriod, PlanTask, UnitGroup } from './plan-model.ts';
import type { PlanFile, PlanFileCriterion, PlanFileTask } from './plan-schema.ts';

/** Turns a schema-valid, reference-checked plan file into the Plan model (instants in Asia/Ho_Chi_Minh). */
export function normalizePlan(file: PlanFile): Plan {
  const groups: UnitGroup[] = (file.config?.groups ?? []).map((group) => ({
    code: group.code,
    name: group.name,
    aliases: group.aliases ?? [],
    members: group.members,
    review: group.review ?? false,
    ...(group.notes !== undefined && { notes: group.notes }),
  }));
  return {
    number: file.plan,
    issuer: file.issuer,
    issueDate: dateKey(local(file.issue_date)),
    ...(file.place !== undefined && { place: file.place }),
    title: file.title,
    area: file.area,
    config: { beforeBoundary: file.config?.before_boundary ?? 'strict', groups },
    units: file.units.map((unit) => ({
      code: unit.code,
      name: unit.name,
      shortNames: unit.short_names ?? [],
      aliases: unit.aliases ?? [],
      kind: unit.kind,
      ...(unit.parent !== undefined && { parent: unit.parent }),
    })),
    phases: (file.phases ?? []).map((phase, i) => ({
      ...period(phase),
      order: i + 1,
      subPeriods: (phase.sub_periods ?? []).map(period),
    })),
    tasks: file.tasks.map((task) => normalizeTask(task, groups)),
    criteria: (file.criteria ?? []).map(normalizeCriterion),
  };
}

function normalizeTask(task: PlanFileTask, groups: UnitGroup[]): PlanTask {
  const support: string[] = [];
  const supportGroups: string[] = [];
  for (const code of task.support ?? []) {
    const group = groups.find((g) => g.code === code);
    if (group) supportGroups.push(code);
    for (const member of group ? group.members : [code]) {
      if (member !== task.lead && !support.includes(member)) support.push(member);
    }
  }
  const start = task.start !== undefined ? local(task.start) : undefined;
  const deadline = task.deadline !== undefined ? local(task.deadline) : undefined;
  return {
    code: task.code,
    title: task.title,
    ...(task.body !== undefined && { body: task.body }),
    source: task.source,
    ...(task.section !== undefined && { section: task.section }),
    ...(task.phase !== undefined && { phaseCode: task.phase }),
    lead: task.lead,
    support,
    supportGroups,
    ...(start && { startDate: dateKey(start), start: startInstant(start) }),
    ...(deadline && { deadlineDate: dateKey(deadline), deadline: dueInstant(deadline) }),
    ...(task.deadline_text !== undefined && { deadlineText: task.deadline_text }),
    ...(task.recurrence && { recurrence: normalizeRecurrence(task.recurrence) }),
    review: task.review ?? false,
    ...(task.notes !== undefined && { notes: task.notes }),
  };
}

function normalizeRecurrence(input: NonNullable<PlanFileTask['recurrence']>): Recurrence {
  // a yearly day_of_period counts the days of the year (335 = 30/11): the model keeps month and day
  const yearlyDay = input.frequency === 'yearly' && input.day_of_period !== undefined ? monthDayOfNumberedYear(input.day_of_period) : undefined;
  return {
    frequency: input.frequency,
    ...(yearlyDay ? { dayOfPeriod: yearlyDay.day, monthOfYear: yearlyDay.month } : input.day_of_period !== undefined && { dayOfPeriod: input.day_of_period }),
    ...(input.after_period === true && { afterPeriod: true as const }),
    ...(input.from !== undefined && { from: dateKey(local(input.from)) }),
    ...(input.until !== undefined && { until: dateKey(local(input.until)) }),
  };
}

function normalizeCriterion(input: PlanFileCriterion): PlanCriterion {
  const target = input.target !== undefined ? parseTarget(input.target) : undefined;
  return {
    code: input.code,
    text: input.text,
    kind: input.kind,
    ...(target && { target }),
    ...(input.unit_of_measure !== undefined && { unitOfMeasure: input.unit_of_measure }),
    ...(input.baseline !== undefined && { baseline: input.baseline }),
    ...(input.unit !== undefined && { unitCode: input.unit }),
    ...(input.notes !== undefined && { notes: input.notes }),
  };
}

/** ">= 80", "≥80", "< 15", "100" (a bare number means "at least"). */
export function parseTarget(input: number | string): CriterionTarget | undefined {
  if (typeof input === 'number') return { op: '>=', value: input, text: `>= ${input}` };
  const match = /^\s*(>=|<=|>|<|=|≥|≤)?\s*(\d+(?:[.,]\d+)?)\s*$/.exec(input);
  if (!match?.[2]) return undefined;
  const raw = match[1] ?? '>=';
  const op = raw === '≥' ? '>=' : raw === '≤' ? '<=' : (raw as CriterionTarget['op']);
  return { op, value: Number(match[2].replace(',', '.')), text: input.trim() };
}

function period(input: { code: string; name: string; start: string; end: string; review?: boolean; notes?: string }): PlanPeriod {
  const start = local(input.start);
  const end = local(input.end);
  return {
    code: input.code,
    name: input.name,
    startDate: dateKey(start),
    endDate: dateKey(end),
    start: startInstant(start),
    end: dueInstant(end),
    review: input.review ?? false,
    ...(input.notes !== undefined && { notes: input.notes }),
  };
}

function local(text: string): LocalDateTime {
  const parsed = parseLocalDateTime(text);
  if (!parsed.ok) throw new Error(`normalizePlan: unchecked date "${text}"`);
  return parsed.value;
}
