import { recurrenceInPlan } from '../../core/deadline/recurrence-in-plan.ts';
import type { Recurrence } from '../../core/deadline/types.ts';
import { localDateKey } from '../../core/time/zone.ts';
import type {
  AssignmentRecord,
  ChatKind,
  ChatRecord,
  ChatSettings,
  Locale,
  MemberRecord,
  PlanRecord,
  ReportChannel,
  ReportRecord,
  Role,
  TaskRecord,
  UnitRecord,
} from '../../core/model/records.ts';
import type { TaskStatus } from '../../core/status/task-status.ts';
import type { Prisma } from '../generated/sqlite/client.ts';

export const taskInclude = {
  plan: { select: { number: true, issueDate: true } },
  phase: { select: { code: true, name: true } },
  assignments: { where: { removedAt: null }, include: { unit: true }, orderBy: { id: 'asc' } },
} satisfies Prisma.TaskInclude;

export type TaskRow = Prisma.TaskGetPayload<{ include: typeof taskInclude }>;
type AssignmentRow = TaskRow['assignments'][number];

function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toAssignment(row: AssignmentRow): AssignmentRecord {
  return {
    id: row.id,
    taskId: row.taskId,
    unitId: row.unitId,
    unitCode: row.unit.code,
    unitName: row.unit.name,
    unitShortName: row.unit.shortName ?? row.unit.name,
    role: row.role as Role,
    status: row.status as TaskStatus,
    percent: row.percent,
    lastReportAt: row.lastReportAt,
    doneReportedAt: row.doneReportedAt,
    assignedAt: row.createdAt,
  };
}

/** The task's recurrence, starting no earlier than its plan (see recurrenceInPlan). */
function recurrenceOf(json: string | null, planIssueDate: Date | null): Recurrence | null {
  const recurrence = parseJson<Recurrence | null>(json, null);
  return recurrence && planIssueDate ? recurrenceInPlan(recurrence, localDateKey(planIssueDate)) : recurrence;
}

export function toTask(row: TaskRow): TaskRecord {
  return {
    id: row.id,
    planId: row.planId,
    planNumber: row.plan.number,
    phaseCode: row.phase?.code ?? null,
    phaseName: row.phase?.name ?? null,
    code: row.code,
    title: row.title,
    body: row.body,
    sourceClause: row.sourceClause,
    section: row.section,
    startAt: row.startAt,
    dueAt: row.dueAt,
    deadlineText: row.deadlineText,
    recurrence: recurrenceOf(row.recurrenceJson, row.plan.issueDate),
    status: row.status as TaskStatus,
    percent: row.percent,
    doneReportedAt: row.doneReportedAt,
    confirmedAt: row.confirmedAt,
    archivedAt: row.archivedAt,
    // Lead first, then support units in the order they were assigned.
    assignments: row.assignments.map(toAssignment).sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1)),
  };
}

export function toChat(row: {
  id: number;
  platform: string;
  externalId: string;
  title: string | null;
  kind: string;
  unitId: number | null;
  active: boolean;
  locale: string;
  settingsJson: string | null;
  boundAt?: Date | null;
}): ChatRecord {
  return {
    id: row.id,
    platform: row.platform,
    externalId: row.externalId,
    title: row.title,
    kind: row.kind as ChatKind,
    unitId: row.unitId,
    active: row.active,
    locale: (row.locale === 'en' ? 'en' : 'vi') as Locale,
    settings: parseJson<ChatSettings>(row.settingsJson, {}),
    boundAt: row.boundAt ?? null,
  };
}

export function toMember(row: { chatId: number; externalUserId: string; displayName: string; username: string | null; role: string }): MemberRecord {
  return {
    chatId: row.chatId,
    externalUserId: row.externalUserId,
    displayName: row.displayName,
    username: row.username,
    role: row.role,
  };
}

export function toUnit(row: { id: number; code: string; name: string; shortName?: string | null; kind: string; aliases?: { alias: string }[] }): UnitRecord {
  return { id: row.id, code: row.code, name: row.name, shortName: row.shortName ?? row.name, kind: row.kind, aliases: (row.aliases ?? []).map((a) => a.alias) };
}

export function toPlan(row: Prisma.PlanGetPayload<{ include: { phases: true } }>): PlanRecord {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    issuer: row.issuer,
    issueDate: row.issueDate,
    area: row.area,
    place: row.place,
    status: row.status as PlanRecord['status'],
    phases: [...row.phases].sort((a, b) => a.position - b.position).map((p) => ({ id: p.id, code: p.code, name: p.name, startAt: p.startAt, endAt: p.endAt })),
  };
}

export function toReport(row: Prisma.StatusReportGetPayload<{ include: { unit: { select: { code: true } } } }>): ReportRecord {
  return {
    id: row.id,
    taskId: row.taskId,
    unitId: row.unitId,
    unitCode: row.unit.code,
    status: row.status as TaskStatus,
    percent: row.percent,
    note: row.note,
    channel: row.channel as ReportChannel,
    reporterId: row.reporterId,
    reporterName: row.reporterName,
    retractsReportId: row.retractsReportId,
    ...(row.period ? { period: row.period } : {}),
    createdAt: row.createdAt,
  };
}

export function json(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** The data of one AuditLog row; every change a repository makes leaves one. */
export function auditRow(
  actor: { id: string; name?: string | null },
  action: string,
  entity: { type: string; id: string | number },
  change: { before?: unknown; after?: unknown; reason?: string | null; at?: Date } = {},
) {
  return {
    actorId: actor.id,
    actorName: actor.name ?? null,
    action,
    entityType: entity.type,
    entityId: String(entity.id),
    beforeJson: json(change.before),
    afterJson: json(change.after),
    reason: change.reason ?? null,
    ...(change.at ? { createdAt: change.at } : {}),
  };
}
