/**
 * The group-workflow use cases over in-memory stores: reports go through the same applyReport the
 * database repository uses, so a random history leaves the tasks exactly as the bot would.
 */
import type { Recurrence } from '../../../src/core/deadline/types.ts';
import { applyReport } from '../../../src/core/model/apply-report.ts';
import type { AssignmentRecord, ChatRecord, ReportRecord, TaskRecord } from '../../../src/core/model/records.ts';
import type { NewReport } from '../../../src/core/ports/report-store.ts';
import type { WorkflowPorts } from '../../../src/core/usecases/ports.ts';

export const UNITS = [1, 2, 3, 4].map((id) => ({ id, code: `DV${id}`, name: `Đơn vị số ${id}`, shortName: `ĐV ${id}`, kind: 'other', aliases: [] }));

export function unitChat(unitId: number): ChatRecord {
  return {
    id: 100 + unitId,
    platform: 'telegram',
    externalId: `-${100 + unitId}`,
    title: null,
    kind: 'unit',
    unitId,
    active: true,
    locale: 'vi',
    settings: {},
  };
}

export const STEERING: ChatRecord = {
  id: 99,
  platform: 'telegram',
  externalId: '-99',
  title: null,
  kind: 'steering',
  unitId: null,
  active: true,
  locale: 'vi',
  settings: {},
};

export interface TaskSpec {
  lead: number;
  supports: number[];
  due: Date | null;
  /** a recurring duty ("trước ngày 20 hằng tháng"): its occurrences are its deadlines, `due` is ignored */
  recurrence?: Recurrence;
}

export class MemoryWorkflow {
  readonly tasks = new Map<number, TaskRecord>();
  readonly reports: ReportRecord[] = [];
  private nextReportId = 1;

  constructor(specs: readonly TaskSpec[], assignedAt: Date) {
    specs.forEach((spec, i) => {
      const id = i + 1;
      const part = (unitId: number, role: 'lead' | 'support'): AssignmentRecord => {
        const unit = UNITS[unitId - 1]!;
        return {
          id: id * 10 + unitId,
          taskId: id,
          unitId,
          unitCode: unit.code,
          unitName: unit.name,
          unitShortName: unit.shortName,
          role,
          status: 'not_started',
          percent: null,
          lastReportAt: null,
          doneReportedAt: null,
          assignedAt,
        };
      };
      this.tasks.set(id, {
        id,
        planId: 1,
        planNumber: '01/KH-BCĐ',
        phaseCode: null,
        phaseName: null,
        code: `T${id}`,
        title: `Nhiệm vụ số ${id}`,
        body: null,
        sourceClause: null,
        section: null,
        startAt: null,
        dueAt: spec.recurrence ? null : spec.due,
        deadlineText: null,
        recurrence: spec.recurrence ?? null,
        status: 'not_started',
        percent: null,
        doneReportedAt: null,
        confirmedAt: null,
        archivedAt: null,
        assignments: [part(spec.lead, 'lead'), ...spec.supports.filter((u) => u !== spec.lead).map((u) => part(u, 'support'))],
      });
    });
  }

  private append(input: NewReport): { report: ReportRecord; task: TaskRecord } {
    const report: ReportRecord = {
      id: this.nextReportId++,
      taskId: input.taskId,
      unitId: input.unitId,
      unitCode: UNITS[input.unitId - 1]!.code,
      status: input.status,
      percent: input.percent,
      note: input.note,
      channel: input.channel,
      reporterId: input.reporterId,
      reporterName: input.reporterName,
      retractsReportId: input.retractsReportId ?? null,
      createdAt: input.at,
    };
    this.reports.push(report);
    const task = applyReport(this.tasks.get(input.taskId)!, input);
    this.tasks.set(task.id, task);
    return { report, task };
  }

  history(taskId: number, limit = 50): ReportRecord[] {
    return this.reports
      .filter((r) => r.taskId === taskId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)
      .slice(0, limit);
  }

  ports(): WorkflowPorts {
    const stores = {
      tasks: {
        getTask: async (id: number) => this.tasks.get(id) ?? null,
        listTasks: async () => [...this.tasks.values()],
      },
      reports: {
        appendReport: async (input: NewReport) => this.append(input),
        getReport: async (id: number) => this.reports.find((r) => r.id === id) ?? null,
        history: async (taskId: number, limit?: number) => this.history(taskId, limit),
        historyOfTasks: async (taskIds: readonly number[], limit: number) => new Map(taskIds.map((id) => [id, this.history(id, limit)])),
        previousReport: async (taskId: number, unitId: number, before: number) => {
          const undone = new Set(this.reports.map((r) => r.retractsReportId));
          return (
            this.reports
              .filter((r) => r.taskId === taskId && r.unitId === unitId && r.id < before && r.retractsReportId === null && !undone.has(r.id))
              .at(-1) ?? null
          );
        },
      },
      chats: { listChats: async () => [] },
      directory: { getUnit: async (id: number) => UNITS[id - 1] ?? null },
      audit: { append: async () => {}, list: async () => [] },
    };
    return { stores, outbox: { enqueue: async () => true, enqueueMany: async () => 0 } } as unknown as WorkflowPorts;
  }
}
