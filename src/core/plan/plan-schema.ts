import { z } from 'zod';
import { parseLocalDateTime } from '../time/parse-local-date-time.ts';

/**
 * The plan file (YAML) as written by the secretariat. Objects are strict so a misspelt field is an
 * error rather than silently ignored. Custom checks carry `params.rule`; the loader turns every
 * issue into a Vietnamese message (see src/plan-import/plan-issue-messages.ts).
 */

export const UNIT_KINDS = ['police', 'party', 'government', 'mass_org', 'department', 'steering', 'other'] as const;
export const CRITERION_KINDS = ['common', 'specific', 'target'] as const;
export const RECURRENCE_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export const BEFORE_BOUNDARIES = ['strict', 'inclusive'] as const;

const text = z.string().trim().min(1);
/** Review markers written by `plan draft`: what a person should check before importing. */
const reviewNotes = z.array(z.string()).optional();
const code = z.string().regex(/^[A-Z0-9_]+$/);
const taskCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
const localDateTime = z.string().refine((value) => parseLocalDateTime(value).ok, { params: { rule: 'date' } });
const target = z.union([z.number(), z.string()]).refine((value) => typeof value === 'number' || /^\s*(>=|<=|>|<|=|≥|≤)?\s*\d+(?:[.,]\d+)?\s*$/.test(value), {
  params: { rule: 'target' },
});

export const unitGroupSchema = z.strictObject({
  code,
  name: text,
  aliases: z.array(text).optional(),
  members: z.array(z.string()),
  review: z.boolean().optional(),
  review_notes: reviewNotes,
  notes: z.string().optional(),
});

export const planConfigSchema = z.strictObject({
  before_boundary: z.enum(BEFORE_BOUNDARIES).optional(),
  groups: z.array(unitGroupSchema).optional(),
});

export const unitSchema = z.strictObject({
  code,
  name: text,
  short_names: z.array(text).optional(),
  aliases: z.array(text).optional(),
  kind: z.enum(UNIT_KINDS),
  parent: z.string().optional(),
  review: z.boolean().optional(),
  review_notes: reviewNotes,
});

export const subPeriodSchema = z.strictObject({
  code: taskCode,
  name: text,
  start: localDateTime,
  end: localDateTime,
  review: z.boolean().optional(),
  review_notes: reviewNotes,
  notes: z.string().optional(),
});

export const phaseSchema = z.strictObject({
  code: taskCode,
  name: text,
  start: localDateTime,
  end: localDateTime,
  deadline_text: text.optional(),
  review: z.boolean().optional(),
  review_notes: reviewNotes,
  notes: z.string().optional(),
  sub_periods: z.array(subPeriodSchema).optional(),
});

export const recurrenceSchema = z.strictObject({
  frequency: z.enum(RECURRENCE_FREQUENCIES),
  day_of_period: z.number().int().min(1).max(366).optional(),
  /** a report due after the period it covers: day_of_period is a day of the first month after it (see Recurrence.afterPeriod) */
  after_period: z.boolean().optional(),
  from: localDateTime.optional(),
  until: localDateTime.optional(),
});

export const taskSchema = z.strictObject({
  code: taskCode,
  title: text,
  body: z.string().optional(),
  source: text,
  section: z.string().optional(),
  phase: z.string().optional(),
  lead: z.string().min(1),
  support: z.array(z.string()).optional(),
  start: localDateTime.optional(),
  deadline: localDateTime.optional(),
  deadline_text: text.optional(),
  recurrence: recurrenceSchema.optional(),
  review: z.boolean().optional(),
  review_notes: reviewNotes,
  notes: z.string().optional(),
});

export const criterionSchema = z.strictObject({
  code: taskCode,
  text,
  kind: z.enum(CRITERION_KINDS),
  target: target.optional(),
  unit_of_measure: text.optional(),
  baseline: z.union([z.number(), z.string()]).optional(),
  /** the unit that reports this criterion's measurements (a unit code); none: any unit of the plan */
  unit: z.string().min(1).optional(),
  review: z.boolean().optional(),
  review_notes: reviewNotes,
  notes: z.string().optional(),
});

export const planFileSchema = z.strictObject({
  plan: text,
  issuer: text,
  issuer_short: text.optional(),
  issue_date: localDateTime,
  place: text.optional(),
  title: text,
  /** the territory a plan covers; a school's or an agency's own plan has none */
  area: text.optional(),
  config: planConfigSchema.optional(),
  units: z.array(unitSchema).min(1),
  phases: z.array(phaseSchema).optional(),
  tasks: z.array(taskSchema).min(1),
  review_notes: reviewNotes,
  criteria: z.array(criterionSchema).optional(),
});

export type PlanFile = z.infer<typeof planFileSchema>;
export type PlanFileTask = z.infer<typeof taskSchema>;
export type PlanFileCriterion = z.infer<typeof criterionSchema>;

/** Field names allowed in each part of the file, for "did you mean" hints on unknown fields. */
export const ALLOWED_KEYS: Record<string, readonly string[]> = {
  '': Object.keys(planFileSchema.shape),
  config: Object.keys(planConfigSchema.shape),
  'config.groups': Object.keys(unitGroupSchema.shape),
  units: Object.keys(unitSchema.shape),
  phases: Object.keys(phaseSchema.shape),
  'phases.sub_periods': Object.keys(subPeriodSchema.shape),
  tasks: Object.keys(taskSchema.shape),
  'tasks.recurrence': Object.keys(recurrenceSchema.shape),
  criteria: Object.keys(criterionSchema.shape),
};
