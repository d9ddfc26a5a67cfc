import type { Recurrence } from '../deadline/types.ts';
import type { TaskStatus } from '../status/task-status.ts';

/** Read models the use cases work with; repositories in src/db produce them. */
export type Locale = 'vi' | 'en';
export type Role = 'lead' | 'support';
export type ChatKind = 'unbound' | 'unit' | 'steering';
export type ReportChannel = 'button' | 'command' | 'reply' | 'secretariat';

export interface UnitRecord {
  id: number;
  code: string;
  name: string;
  /** what tables show ("Công an thành phố"): the plan's first short name, else the name */
  shortName?: string;
  kind: string;
  aliases: string[];
}

/** Per-chat settings changed with /caidat. Times are local HH:mm in Asia/Ho_Chi_Minh. */
export interface ChatSettings {
  unitDigestTime?: string;
  steeringDigestTime?: string;
  weeklyDigestDay?: number; // 1 = Monday … 7 = Sunday
  digestsEnabled?: boolean;
  nudgesEnabled?: boolean;
}

export interface ChatRecord {
  id: number;
  platform: string;
  externalId: string;
  title: string | null;
  kind: ChatKind;
  unitId: number | null;
  active: boolean;
  locale: Locale;
  settings: ChatSettings;
  /** when the group was bound (null: never) */
  boundAt?: Date | null;
}

export interface MemberRecord {
  chatId: number;
  externalUserId: string;
  displayName: string;
  username: string | null;
  role: string;
}

export interface PhaseRecord {
  id: number;
  code: string;
  name: string;
  startAt: Date | null;
  endAt: Date | null;
}

export interface PlanRecord {
  id: number;
  number: string;
  title: string;
  issuer: string;
  issueDate: Date;
  area: string | null;
  /** the place named on the plan's date line ("TP. Trà Vinh") */
  place?: string | null;
  status: 'draft' | 'active' | 'archived';
  phases: PhaseRecord[];
}

export interface AssignmentRecord {
  id: number;
  taskId: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  /** the unit's short name for tables; the name when the plan gives none */
  unitShortName?: string;
  role: Role;
  status: TaskStatus;
  percent: number | null;
  lastReportAt: Date | null;
  doneReportedAt: Date | null;
  /** when the unit was given the task (plan import or reassignment) */
  assignedAt?: Date | null;
}

export interface TaskRecord {
  id: number;
  planId: number;
  planNumber: string;
  phaseCode: string | null;
  phaseName: string | null;
  code: string;
  title: string;
  body: string | null;
  sourceClause: string | null;
  section: string | null;
  startAt: Date | null;
  dueAt: Date | null;
  deadlineText: string | null;
  recurrence: Recurrence | null;
  status: TaskStatus;
  percent: number | null;
  doneReportedAt: Date | null;
  confirmedAt: Date | null;
  archivedAt: Date | null;
  assignments: AssignmentRecord[];
}

export interface ReportRecord {
  id: number;
  taskId: number;
  unitId: number;
  unitCode: string;
  status: TaskStatus;
  percent: number | null;
  note: string | null;
  channel: ReportChannel;
  reporterId: string;
  reporterName: string | null;
  retractsReportId: number | null;
  /** a recurring duty's occurrence a "done" named ("báo cáo tháng 6 xong" → 2023-06); absent: the earliest one owed */
  period?: string;
  createdAt: Date;
}

export interface Actor {
  id: string;
  name?: string | null;
}
