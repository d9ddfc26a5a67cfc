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
      /** the active plans with another number than the drafted one (nothing of theirs is reused) */
      otherPlans?: string[];
      /** the prefix the drafted codes took so that none is a code of another active plan */
      codePrefix?: string | null;
    }
  | { ok: false; problem: PlanFileProblem };

export type ReadPlanFileResult = { ok: true; plan: Plan; warnings: PlanFileProblem[] } | { ok: false; errors: PlanFileProblem[] };

/** Which way a file sent in chat goes, by its name: a plan's text to draft, or a reviewed plan to import. */
export type PlanFileKind = 'document' | 'plan' | 'other';

/**
 * Reading plan files that arrive as bytes (sent in chat), behind the same document gate as the CLI:
 * size limits, zip bombs, passwords and encodings are refused with a Vietnamese message.
 */
export interface PlanFiles {
  kindOf(fileName: string): PlanFileKind;
  /** A plan's text (.docx/.pdf/.txt/.md) → the drafter's draft and its review workbook (.xlsx). */
  /** `knownUnits`: the committee's units, so the draft uses their codes instead of inventing new ones */
  /** `currentTasks`: the active plans' tasks; those of the drafted plan's number lend their codes and units to */
  /** matching duties (reuseCurrentCodes), the others' codes are kept apart (keepCodesApartFromOtherPlans) */
  draftFromDocument(
    bytes: Uint8Array,
    fileName: string,
    knownUnits?: readonly UnitRecord[],
    currentTasks?: readonly ActiveTask[],
  ): Promise<DraftFromDocumentResult>;
  /** A review workbook (.xlsx) or a plan file (.yaml/.yml) → the checked plan, or every problem by place. */
  readPlanFile(bytes: Uint8Array, fileName: string): Promise<ReadPlanFileResult>;
}
