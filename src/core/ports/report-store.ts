import type { ReportChannel, ReportRecord, TaskRecord } from '../model/records.ts';
import type { TaskStatus } from '../status/task-status.ts';

export interface NewReport {
  taskId: number;
  unitId: number;
  status: TaskStatus;
  percent: number | null;
  note: string | null;
  channel: ReportChannel;
  reporterId: string;
  reporterName: string | null;
  sourceChatId: string | null;
  sourceMessageId: string | null;
  at: Date;
  /** What the task as a whole becomes (only when the lead unit reports, or the secretariat decides). */
  taskStatus?: { status: TaskStatus; percent: number | null; doneReportedAt?: Date | null; confirmedAt?: Date | null };
  retractsReportId?: number | null;
  /** with retractsReportId: the unit's last report before the one taken back (null: none), which becomes its last again */
  restoresLastReportAt?: Date | null;
  /** a recurring duty's occurrence the unit's "done" names (ReportRecord.period) */
  period?: string | null;
  /** The task as the caller just loaded it: the result is computed from it instead of read back. */
  current?: TaskRecord;
  evidence?: NewEvidence[];
  auditAction: string;
}

export interface NewEvidence {
  kind: 'photo' | 'document';
  fileId: string;
  fileUniqueId?: string | null;
  fileName?: string | null;
  mimeType?: string | null;
  caption?: string | null;
  uploaderId: string;
}

export interface ReportStore {
  /** Stores the report, the unit's and the task's new state and an audit row, in one transaction. */
  appendReport(report: NewReport): Promise<{ report: ReportRecord; task: TaskRecord }>;
  getReport(id: number): Promise<ReportRecord | null>;
  history(taskId: number, limit?: number): Promise<ReportRecord[]>;
  /** The newest `limitPerTask` reports of each task, newest first, read in one go (digests of many tasks). */
  historyOfTasks(taskIds: readonly number[], limitPerTask: number): Promise<Map<number, ReportRecord[]>>;
  /** The report the unit made before `reportId` that still counts (neither an undo nor undone): the state undo restores. */
  previousReport(taskId: number, unitId: number, beforeReportId: number): Promise<ReportRecord | null>;
  addEvidence(taskId: number, unitId: number | null, reportId: number | null, evidence: NewEvidence): Promise<void>;
  countEvidence(taskId: number): Promise<number>;
}
