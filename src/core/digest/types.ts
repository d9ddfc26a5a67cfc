/** Inputs of digest and report composition: one row per (task, unit) assignment, already loaded. */
import type { TaskStatus } from '../status/task-status.ts';

export type Locale = 'vi' | 'en';

export interface DigestTask {
  taskId: string;
  code: string;
  title: string;
  planNumber: string;
  role: 'lead' | 'support';
  unitCode: string;
  unitName: string;
  status: TaskStatus;
  percent: number | null;
  due: Date | null;
  /** when the unit reported done: completion is judged at this time */
  doneReportedAt: Date | null;
  lastReportAt: Date | null;
  blockerNote?: string | null;
  blockerAt?: Date | null;
}

export interface DigestUnit {
  code: string;
  name: string;
}

export interface DigestPhase {
  name: string;
  start?: Date;
  end: Date;
}

export interface DigestBlocker {
  code: string;
  title: string;
  unitName: string;
  note: string;
  at: Date;
}

export interface SilentUnit {
  unitName: string;
  /** latest report of the unit on any of its tasks; null when it never reported */
  lastReportAt: Date | null;
}
