import type { Actor } from '../model/records.ts';
import type { Plan } from '../plan/plan-model.ts';
import type { PlanImportPreview } from '../plans/describe-plan-diff.ts';
import type { StoredPlan } from '../plans/stored-plan-to-file.ts';

export interface ImportSummary {
  planId: number;
  planNumber: string;
  isNewPlan: boolean;
  created: string[];
  updated: string[];
  archived: string[];
  unchanged: number;
  deadlineChanges: { code: string; from: Date | null; to: Date | null }[];
  /** kept tasks whose units lost their role in this import: their cards must say so */
  unassigned: { code: string; unitIds: number[] }[];
  /** kept tasks whose deadline or units changed, with the units on them before: their groups are told */
  told: { code: string; unitIds: number[]; roles: boolean; deadline: boolean; restored?: boolean }[];
}

export interface PlanStore {
  /** Idempotent by plan number and task code; see diffPlanTasks for what a re-import changes. */
  importPlan(plan: Plan, options: { actor: Actor; at: Date; sourceFile?: string | null }): Promise<ImportSummary>;
  /** What importPlan would change, without changing anything: to show before importing. */
  previewImport(plan: Plan): Promise<PlanImportPreview>;
  /** Of these tasks, those whose deadline now was decided by the committee after import (/doihan, an approved extension). */
  decidedDeadlines(taskIds: readonly number[]): Promise<Set<number>>;
  /** Per task, the codes of units that led it and were taken off it (/giao): a document sent again still names them. */
  formerLeads(taskIds: readonly number[]): Promise<Map<number, string[]>>;
  /** The plan with this number as stored, to write out for review again; null when there is none. */
  readStoredPlan(number: string): Promise<StoredPlan | null>;
}
