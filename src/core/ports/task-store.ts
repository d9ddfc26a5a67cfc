import type { Actor, PlanRecord, Role, TaskRecord } from '../model/records.ts';
import type { TaskStatus } from '../status/task-status.ts';

/** A reassignment that closes the former lead's pending "done": what the task becomes, and what was closed. */
export interface ReopenTask {
  status: TaskStatus;
  percent: number | null;
  /** the former lead's own part after its "done" is closed (it may stay on as a supporting unit) */
  formerLeadPart: { status: TaskStatus; percent: number | null };
  /** the closed "done" report and the unit that made it, kept in the audit row */
  closed: { reportId: number | null; unitId: number; unitName: string; leadName: string };
}

export interface TaskStore {
  getActivePlans(): Promise<PlanRecord[]>;
  getPlanByNumber(number: string): Promise<PlanRecord | null>;
  activatePlan(planId: number, actor: Actor, at: Date): Promise<void>;
  /**
   * Open and closed tasks of active plans (archived tasks excluded unless `withArchived`: a group's cards of
   * tasks that left the plan still follow its language); `unitIds`: tasks of any of these units.
   */
  listTasks(filter?: { planId?: number; unitId?: number; unitIds?: readonly number[]; withArchived?: boolean }): Promise<TaskRecord[]>;
  getTask(id: number): Promise<TaskRecord | null>;
  /** By code within active plans; codes are matched case-insensitively. */
  findTaskByCode(code: string): Promise<TaskRecord | null>;
  /** The newest archived task with this code (no longer in its re-imported plan), to tell why it is gone. */
  findArchivedTaskByCode(code: string): Promise<TaskRecord | null>;
  findTaskByMessage(chatId: number, messageId: string): Promise<{ task: TaskRecord; unitId: number | null } | null>;
  recordTaskMessage(input: { taskId: number; chatId: number; messageId: string; unitId: number | null }): Promise<void>;
  /**
   * Sets the task's unit roles; removed units keep their history (assignment marked removed).
   * `reopen`: the former lead's "done" no longer waits for confirmation; the task takes this status in
   * the same transaction, audited as `task.done_request_closed`.
   */
  assignUnits(taskId: number, roles: { unitId: number; role: Role }[], reason: string, actor: Actor, at: Date, reopen?: ReopenTask): Promise<TaskRecord>;
  /** When the unit was taken off the task (its assignment kept, marked removed); null when it is on it or never was. */
  assignmentRemovedAt(taskId: number, unitId: number): Promise<Date | null>;
  /** `at`: when it was decided (the app's clock; the sandbox and replays do not live in today's time) */
  moveDeadline(taskId: number, newDueAt: Date, reason: string, actor: Actor, at: Date, extensionRequestId?: number | null): Promise<TaskRecord>;
}
