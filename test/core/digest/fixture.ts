import { deriveViews, unitRows } from '../../../src/core/digest/digest-rows.ts';
import type { AssignmentRecord, ReportRecord, TaskRecord } from '../../../src/core/model/records.ts';
import type { TaskStatus } from '../../../src/core/status/task-status.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';

export const endOf = (y: number, m: number, d: number) => vietnamInstant(y, m, d, 23, 59, 59, 999);
/** Monday 05/06/2023, 07:30 in Vietnam */
export const NOW = vietnamInstant(2023, 6, 5, 7, 30);

export const CATP = { unitId: 1, unitCode: 'CATP', unitName: 'Công an thành phố Trà Vinh', unitShortName: 'Công an thành phố' };
export const CAP5 = { unitId: 2, unitCode: 'CAP5', unitName: 'Công an Phường 5', unitShortName: 'Công an Phường 5' };
const ASSIGNED = vietnamInstant(2023, 3, 1, 8, 0);

interface Spec {
  id: number;
  code: string;
  title: string;
  status: TaskStatus;
  percent?: number | null;
  due: Date | null;
  doneReportedAt?: Date | null;
  lastReportAt?: Date | null;
  lead?: typeof CATP;
  support?: typeof CATP;
}

function part(spec: Spec, unit: typeof CATP, role: 'lead' | 'support'): AssignmentRecord {
  const own = role === 'lead';
  return {
    id: spec.id * 10 + unit.unitId,
    taskId: spec.id,
    ...unit,
    role,
    status: own ? (spec.status === 'awaiting_confirmation' ? 'done' : spec.status) : 'not_started',
    percent: own ? (spec.percent ?? null) : null,
    lastReportAt: own ? (spec.lastReportAt === undefined ? vietnamInstant(2023, 6, 3, 9, 0) : spec.lastReportAt) : vietnamInstant(2023, 6, 3, 9, 0),
    doneReportedAt: own ? (spec.doneReportedAt ?? null) : null,
    assignedAt: ASSIGNED,
  };
}

export function taskRecord(spec: Spec): TaskRecord {
  const lead = spec.lead ?? CATP;
  return {
    id: spec.id,
    planId: 1,
    planNumber: '45/KH-BCĐ',
    phaseCode: null,
    phaseName: null,
    code: spec.code,
    title: spec.title,
    body: null,
    sourceClause: null,
    section: null,
    startAt: null,
    dueAt: spec.due,
    deadlineText: null,
    recurrence: null,
    status: spec.status,
    percent: spec.percent ?? null,
    doneReportedAt: spec.doneReportedAt ?? null,
    confirmedAt: spec.status === 'done' ? vietnamInstant(2023, 6, 4, 9, 0) : null,
    archivedAt: null,
    assignments: [part(spec, lead, 'lead'), ...(spec.support ? [part(spec, spec.support, 'support')] : [])],
  };
}

export const TASKS: TaskRecord[] = [
  taskRecord({ id: 1, code: 'NV-01', title: 'Rà soát đối tượng nghiện', status: 'in_progress', percent: 40, due: endOf(2023, 6, 1) }),
  taskRecord({ id: 2, code: 'NV-02', title: '<script>alert(1)</script> tuần tra', status: 'not_started', due: endOf(2023, 6, 7), lead: CAP5, support: CATP }),
  taskRecord({
    id: 3,
    code: 'NV-03',
    title: 'Lập hồ sơ quản lý',
    status: 'in_progress',
    percent: 60,
    due: endOf(2023, 6, 30),
    lastReportAt: vietnamInstant(2023, 5, 20, 10, 0),
  }),
  taskRecord({
    id: 4,
    code: 'NV-04',
    title: 'Họp dân khóm 3',
    status: 'awaiting_confirmation',
    percent: 100,
    due: endOf(2023, 6, 10),
    doneReportedAt: vietnamInstant(2023, 6, 2, 15, 0),
  }),
  taskRecord({
    id: 5,
    code: 'NV-05',
    title: 'Ra mắt tổ tự quản',
    status: 'done',
    percent: 100,
    due: endOf(2023, 5, 31),
    doneReportedAt: vietnamInstant(2023, 5, 30, 15, 0),
  }),
  taskRecord({
    id: 6,
    code: 'NV-06',
    title: 'Tổng kiểm tra hành chính',
    status: 'done',
    percent: 100,
    due: endOf(2023, 5, 31),
    doneReportedAt: vietnamInstant(2023, 6, 3, 8, 0),
  }),
  taskRecord({ id: 7, code: 'NV-07', title: 'Tuyên truyền pháp luật', status: 'not_started', due: endOf(2023, 7, 31), lastReportAt: null }),
  taskRecord({ id: 8, code: 'NV-08', title: 'Lắp camera an ninh', status: 'blocked', percent: 20, due: endOf(2023, 6, 20) }),
];

const report = (id: number, taskId: number, status: TaskStatus, note: string | null, at: Date): ReportRecord => ({
  id,
  taskId,
  unitId: CATP.unitId,
  unitCode: CATP.unitCode,
  status,
  percent: null,
  note,
  channel: 'reply',
  reporterId: '501',
  reporterName: 'Bình',
  retractsReportId: null,
  createdAt: at,
});

/** NV-08: in progress, then blocked twice (the run starts at the first), reason from the latest. */
export const REPORTS = new Map<number, ReportRecord[]>([
  [
    8,
    [
      report(81, 8, 'in_progress', null, vietnamInstant(2023, 5, 29, 9, 0)),
      report(82, 8, 'blocked', 'Thiếu nhân lực', vietnamInstant(2023, 6, 1, 14, 0)),
      report(83, 8, 'blocked', 'Thiếu kinh phí & <nhân lực>', vietnamInstant(2023, 6, 4, 14, 0)),
    ],
  ],
]);

export const views = (now = NOW, tasks = TASKS) => deriveViews(tasks, now, REPORTS);
export const catpRows = (now = NOW) => unitRows(views(now), CATP.unitId);
