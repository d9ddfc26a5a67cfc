/** Inputs of digest and report composition: rows read off the one status truth (deriveTaskState). */
import type { Role } from '../model/records.ts';
import type { Blocker, ListBucket, OfficialBucket, TaskState } from '../status/derive-task-state.ts';

export type Locale = 'vi' | 'en';

/**
 * One line of a list: a task as a whole (plan-level views: the lead unit, the task's state) or one
 * unit's part in it (a unit's own views: its role, its part's state).
 */
export interface DigestTask {
  taskId: string;
  code: string;
  title: string;
  planNumber: string;
  role: Role;
  unitCode: string;
  unitName: string;
  unitShortName: string;
  state: TaskState;
  listBucket: ListBucket;
  official: OfficialBucket;
  percent: number | null;
  due: Date | null;
  /** the period of a recurring duty's owed occurrence ("2023-06"); null for a one-off task */
  occurrence?: string | null;
  /** when done was reported: completion is judged at this time */
  doneReportedAt: Date | null;
  /** the deadline that "done" answered to: a one-off task's, or the recurring occurrence it settled */
  doneDue: Date | null;
  /** that occurrence's period ("2023-03"); null for a one-off task */
  doneOccurrence?: string | null;
  lastReportAt: Date | null;
  /** when the unit got the task; silence is counted from here when it never reported */
  assignedAt: Date | null;
  /** unresolved blockers shown on the line */
  blockers: readonly Blocker[];
  /**
   * on a task's (or its lead's) line: the supporting units that reported, each with its own part's state,
   * so that their progress is read as theirs and not the lead's
   */
  supportParts?: readonly SupportPart[];
  /** on a supporting unit's own line: the lead's part, once the lead reported the task done */
  leadPart?: SupportPart;
  /** on a task's line, a recurring duty's owed occurrence: the units that owe it, when not the lead alone */
  owedBy?: readonly { unitShortName: string; role: Role }[];
  /** a supporting unit's part closed by the lead's confirmed "done", with no "done" of its own (PartState.closedByLead) */
  closedByLead?: boolean;
}

export interface SupportPart {
  unitShortName: string;
  state: TaskState;
  percent: number | null;
}

export interface DigestUnit {
  id?: number;
  code: string;
  name: string;
  shortName?: string;
}

export interface DigestPhase {
  name: string;
  start?: Date;
  end: Date;
}

export interface SilentUnit {
  unitName: string;
  /** latest report of the unit on any of its tasks; null when it never reported */
  lastReportAt: Date | null;
}
