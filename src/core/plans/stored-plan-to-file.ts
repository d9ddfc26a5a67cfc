import { dayOfNumberedYear } from '../deadline/yearly-day.ts';
import type { PlanConfig } from '../plan/plan-model.ts';
import type { PlanFile, PlanFileTask } from '../plan/plan-schema.ts';
import type { UnitKind } from '../plan/plan-model.ts';
import type { TaskFields } from './diff-plan-tasks.ts';
import { localDateKey } from '../time/zone.ts';

/** A plan as the database holds it: enough to write it out again for review (workbook or YAML). */
export interface StoredPlan {
  number: string;
  issuer: string;
  issueDate: Date;
  place: string | null;
  title: string;
  area: string | null;
  config: PlanConfig | null;
  units: { code: string; name: string; kind: string; parentCode: string | null; aliases: string[] }[];
  phases: { code: string; name: string; startAt: Date | null; endAt: Date | null; notes: string | null }[];
  tasks: (TaskFields & { code: string; lead: string | null; support: string[] })[];
  criteria: {
    code: string;
    text: string;
    kind: string;
    target: string | null;
    unitOfMeasure: string | null;
    baseline: string | null;
    /** code of the unit that reports it, if the plan names one */
    unitCode: string | null;
  }[];
}

const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The stored plan in the plan file layout. What the database does not keep is not written: review
 * marks, task notes, sub-periods, which names were short names; support groups appear as their units.
 * Importing the result again changes nothing.
 */
export function storedPlanToFile(stored: StoredPlan): PlanFile {
  const config = stored.config;
  const groups = config?.groups ?? [];
  return {
    plan: stored.number,
    issuer: stored.issuer,
    issue_date: localDateKey(stored.issueDate),
    ...(stored.place && { place: stored.place }),
    title: stored.title,
    ...(stored.area && { area: stored.area }),
    ...((config?.beforeBoundary === 'inclusive' || groups.length > 0) && {
      config: {
        ...(config?.beforeBoundary === 'inclusive' && { before_boundary: 'inclusive' as const }),
        ...(groups.length > 0 && {
          groups: groups.map((g) => ({
            code: g.code,
            name: g.name,
            ...(g.aliases.length > 0 && { aliases: g.aliases }),
            members: g.members,
            ...(g.review && { review: true }),
            ...(g.notes !== undefined && { notes: g.notes }),
          })),
        }),
      },
    }),
    units: stored.units.map((u) => ({
      code: u.code,
      name: u.name,
      ...(u.aliases.length > 0 && { aliases: u.aliases }),
      kind: u.kind as UnitKind,
      ...(u.parentCode && { parent: u.parentCode }),
    })),
    phases: stored.phases.map((p) => ({
      code: p.code,
      name: p.name,
      start: p.startAt ? localText(p.startAt, 'start') : '',
      end: p.endAt ? localText(p.endAt, 'due') : '',
      ...(p.notes && { notes: p.notes }),
    })),
    tasks: stored.tasks.map((t) => ({
      code: t.code,
      title: t.title,
      ...(t.body !== null && { body: t.body }),
      source: t.sourceClause ?? '',
      ...(t.section !== null && { section: t.section }),
      ...(t.phaseCode !== null && { phase: t.phaseCode }),
      lead: t.lead ?? '',
      ...(t.support.length > 0 && { support: t.support }),
      ...(t.startAt && { start: localText(t.startAt, 'start') }),
      ...(t.dueAt && { deadline: localText(t.dueAt, 'due') }),
      ...(t.deadlineText !== null && { deadline_text: t.deadlineText }),
      ...(t.recurrenceJson && { recurrence: recurrence(t.recurrenceJson) }),
    })),
    ...(stored.criteria.length > 0 && {
      criteria: stored.criteria.map((c) => ({
        code: c.code,
        text: c.text,
        kind: c.kind as 'common' | 'specific' | 'target',
        ...(c.target !== null && { target: c.target }),
        ...(c.unitOfMeasure !== null && { unit_of_measure: c.unitOfMeasure }),
        ...(c.baseline !== null && { baseline: c.baseline }),
        ...(c.unitCode !== null && { unit: c.unitCode }),
      })),
    }),
  };
}

/** A deadline as a plan file writes it ("2023-10-15", or with its time when not the day's end). */
export function localDueText(instant: Date): string {
  return localText(instant, 'due');
}

/** A start at midnight or a deadline at the day's last millisecond is a bare date; otherwise date and time. */
function localText(instant: Date, kind: 'start' | 'due'): string {
  const date = localDateKey(instant);
  const inDay = (((instant.getTime() + OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  if ((kind === 'start' && inDay === 0) || (kind === 'due' && inDay === DAY_MS - 1)) return date;
  const minutes = Math.floor(inDay / 60_000);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function recurrence(json: string): NonNullable<PlanFileTask['recurrence']> {
  const r = JSON.parse(json) as {
    frequency: NonNullable<PlanFileTask['recurrence']>['frequency'];
    dayOfPeriod?: number;
    monthOfYear?: number;
    afterPeriod?: boolean;
    from?: string;
    until?: string;
  };
  const day = r.dayOfPeriod !== undefined && r.monthOfYear !== undefined ? dayOfNumberedYear(r.monthOfYear, r.dayOfPeriod) : r.dayOfPeriod;
  return {
    frequency: r.frequency,
    ...(day !== undefined && { day_of_period: day }),
    ...(r.afterPeriod === true && { after_period: true }),
    ...(r.from !== undefined && { from: r.from }),
    ...(r.until !== undefined && { until: r.until }),
  };
}
