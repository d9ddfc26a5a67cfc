/** The contract between scheduled jobs and the scheduler that runs them. */
import type { QuietHours } from '../src/core/time/quiet-hours.ts';
import type { WorkCalendar } from '../src/core/time/work-calendar.ts';
import type { Outbox } from '../src/core/ports/outbox.ts';
import type { ChatStore } from '../src/core/ports/chat-store.ts';
import type { DirectoryStore } from '../src/core/ports/directory-store.ts';
import type { ExtensionStore } from '../src/core/ports/extension-store.ts';
import type { ReportStore } from '../src/core/ports/report-store.ts';
import type { JobSlots, StaleSlotReclaimer } from '../src/core/ports/system-store.ts';
import type { TaskStore } from '../src/core/ports/task-store.ts';
import type { ChartKindName } from '../src/core/usecases/produce-chart-attachment.ts';
import type { ChartData } from '../src/core/usecases/load-chart-data.ts';

export interface JobLogger {
  info(data: object, message?: string): void;
  warn(data: object, message?: string): void;
  error(data: object, message?: string): void;
}

/** The slice of the stores jobs read; `createStores(db)` satisfies it. */
export interface JobStores {
  tasks: Pick<TaskStore, 'listTasks' | 'getActivePlans' | 'getPlanByNumber'>;
  chats: Pick<ChatStore, 'listChats' | 'listMembers' | 'getChat'>;
  reports: Pick<ReportStore, 'history' | 'historyOfTasks'>;
  directory: Pick<DirectoryStore, 'getUnit'>;
  extensions: Pick<ExtensionStore, 'listPending'>;
  slots: JobSlots & StaleSlotReclaimer;
}

export interface JobDeps {
  stores: JobStores;
  outbox: Outbox;
  logger: JobLogger;
  calendar: WorkCalendar;
  quietHours: QuietHours;
  /** renders a plan's chart as PNG (the weekly steering digest attaches the units chart) */
  renderChart: (kind: ChartKindName, data: ChartData, locale: 'vi' | 'en') => Promise<Uint8Array>;
}

/** One run of a job that is due at a time: for one chat, or for all (nudges), on one local day or week. */
export interface PlannedSlot {
  job: string;
  /** unique per job; also the base of the outbox idempotency keys */
  key: string;
  chatId: number | null;
  /** the local date (yyyy-MM-dd) the slot belongs to */
  localDate: string;
  scheduledAt: Date;
  /** after this instant a missed slot is skipped, not caught up */
  relevantUntil: Date;
}

export interface JobSlot extends PlannedSlot {
  /** when the run happens (composition time: quiet hours are judged from it) */
  now: Date;
  /** true when run late, by catch-up after a restart or by taking over a dead run */
  late: boolean;
}

export interface JobRunResult {
  enqueued: number;
  detail?: string;
}

/**
 * What slots() plans for a local date: the slots, and what it read once for all of them (`batch`),
 * which the scheduler hands to run() for each slot of the same tick. Nothing is kept between ticks.
 */
export interface SlotPlan<B = undefined> {
  slots: PlannedSlot[];
  batch?: B;
}

/**
 * A scheduled job. The scheduler ticks every minute (src/scheduler) and asks slots() what is due, so a
 * job has no cron expression of its own: its times come from each chat's settings and the calendar.
 */
export interface JobDefinition<B = undefined> {
  name: string;
  /** The slots of a local date, due or not yet; the scheduler keeps those whose time has come. */
  slots(deps: JobDeps, localDate: string): Promise<SlotPlan<B>>;
  /** batch: what slots() planned in the same tick; absent when a slot runs on its own (then it reads what it needs). */
  run(deps: JobDeps, slot: JobSlot, batch?: B): Promise<JobRunResult>;
}

/** Any job, whatever its batch; what the scheduler runs. */
export type AnyJobDefinition = JobDefinition<unknown>;
