import { checkPlanReferences } from '../core/plan/check-plan-references.ts';
import { normalizePlan } from '../core/plan/normalize-plan.ts';
import type { Plan, PlanPath } from '../core/plan/plan-model.ts';
import { MAX_PLAN_TASKS, tooManyTasksMessage } from '../core/plan/plan-size-limit.ts';
import { planFileSchema } from '../core/plan/plan-schema.ts';
import { describeSchemaIssue } from './plan-issue-messages.ts';

/** Puts a problem found at a plan-file path where the person can find it (a YAML line, a workbook cell). */
export type PlaceProblem<I> = (path: PlanPath, severity: 'error' | 'warning', message: string, messageEn: string, key?: string) => I;

export type ValidatePlanResult<I> = { ok: true; plan: Plan; warnings: I[] } | { ok: false; errors: I[]; warnings: I[] };

/**
 * The one path from plan data (parsed YAML or a read workbook) to the Plan model: the zod schema,
 * the cross-field checks, then normalisation. Problems are placed by the caller.
 */
export function validatePlanData<I>(data: unknown, place: PlaceProblem<I>): ValidatePlanResult<I> {
  const taskCount = tasksIn(data);
  if (taskCount > MAX_PLAN_TASKS) {
    const refusal = tooManyTasksMessage(taskCount);
    return { ok: false, errors: [place(['tasks'], 'error', refusal.message, refusal.messageEn)], warnings: [] };
  }
  const parsed = planFileSchema.safeParse(data);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const described = describeSchemaIssue(issue, valueAt(data, issue.path));
      return place(described.path, 'error', described.message, described.messageEn, described.key);
    });
    return { ok: false, errors, warnings: [] };
  }
  const problems = checkPlanReferences(parsed.data);
  const errors = problems.filter((p) => p.severity === 'error').map((p) => place(p.path, 'error', p.message, p.messageEn));
  const warnings = problems.filter((p) => p.severity === 'warning').map((p) => place(p.path, 'warning', p.message, p.messageEn));
  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, plan: normalizePlan(parsed.data), warnings };
}

function tasksIn(data: unknown): number {
  const tasks = data !== null && typeof data === 'object' ? (data as { tasks?: unknown }).tasks : undefined;
  return Array.isArray(tasks) ? tasks.length : 0;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
