import type { Plan } from '../core/plan/plan-model.ts';

/** A problem in a plan file, placed on its line (1-based line and column). */
export interface PlanIssue {
  file: string;
  line: number;
  column: number;
  /** e.g. tasks[3].lead */
  path: string;
  severity: 'error' | 'warning';
  /** a sheet or column of the review workbook is missing: a fresh workbook is the fix */
  missing?: boolean;
  message: string;
  messageEn: string;
}

export type LoadPlanResult = { ok: true; plan: Plan; warnings: PlanIssue[] } | { ok: false; errors: PlanIssue[]; warnings: PlanIssue[] };
