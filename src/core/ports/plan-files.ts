import type { PlanFile } from '../plan/plan-schema.ts';
import type { ActiveTask } from '../plan/reuse-current-codes.ts';
import type { UnitRecord } from '../model/records.ts';
import type { Plan } from '../plan/plan-model.ts';
import type { PlanDraft } from '../plan-draft/types.ts';

/** A problem with a file sent in chat, ready to show (its place in the file already in the text). */
export interface PlanFileProblem {
  /** a sheet or column of the review workbook is missing */
  missing?: boolean;
  message: string;
  messageEn: string;
}

/** The rows the review workbook highlights: how many, and every reason written on them. */
export interface ReviewRows {
  count: number;
  notes: string[];
}

export type DraftFromDocumentResult =
  | {
      ok: true;
      draft: PlanDraft;
      workbook: Uint8Array;
      /** drafted duties given a current task's code */
      reused?: number;
      /** of those, duties given the support units the secretariat had set on the current task */
      carried?: number;
      /** of those, duties given the deadline the committee decided for the current task after import */
      deadlinesCarried?: number;
      /** collective groups of the draft the plan being followed already defines (their members taken) */
      groupsAdopted?: number;
      /** matched duties whose clause the document still has: kept exactly as the committee has them */
      keptUnchanged?: number;
      /** the workbook's rows to review with their reasons, once kept tasks took the committee's rows */
      toReview?: ReviewRows;
      /** the plan being followed's criteria and unit groups the draft keeps (the document rarely lists them) */
      criteriaKept?: number;
      groupsKept?: number;
      /** the active plans with another number than the drafted one (nothing of theirs is reused) */
      otherPlans?: string[];
      /** the prefix the drafted codes took so that none is a code of another active plan */
      codePrefix?: string | null;
      /** what the workbook sent back as drafted would be refused for (read back as an upload is): fix these first */
      blocking?: PlanFileProblem[];
    }
  | { ok: false; problem: PlanFileProblem };

export type ReadPlanFileResult = { ok: true; plan: Plan; warnings: PlanFileProblem[] } | { ok: false; errors: PlanFileProblem[] };

/** Which way a file sent in chat goes, by its name: a plan's text to draft, or a reviewed plan to import. */
export type PlanFileKind = 'document' | 'plan' | 'other';

/**
 * Reading plan files that arrive as bytes (sent in chat), behind the same document gate as the CLI:
 * size limits, zip bombs, passwords and encodings are refused with a Vietnamese message.
 */
/** What the committee already follows, so a drafted plan reuses it instead of inventing it again. */
export interface DraftCommittee {
  /** the committee's units, so the draft uses their codes instead of inventing new ones */
  knownUnits?: readonly UnitRecord[];
  /** the active plans' tasks; those of the drafted plan's number lend their codes and units to matching
   * duties (reuseCurrentCodes), the others' codes are kept apart (keepCodesApartFromOtherPlans) */
  currentTasks?: readonly ActiveTask[];
  /** the active plans as the committee keeps them (plan file form): the drafted plan's own lends its groups
   * and keeps every task whose clause the document still has word for word */
  currentPlans?: readonly PlanFile[];
}

export interface PlanFiles {
  kindOf(fileName: string): PlanFileKind;
  /** A plan's text (.docx/.pdf/.txt/.md) → the drafter's draft and its review workbook (.xlsx). */
  draftFromDocument(bytes: Uint8Array, fileName: string, committee?: DraftCommittee): Promise<DraftFromDocumentResult>;
  /** A review workbook (.xlsx) or a plan file (.yaml/.yml) → the checked plan, or every problem by place. */
  readPlanFile(bytes: Uint8Array, fileName: string): Promise<ReadPlanFileResult>;
}
