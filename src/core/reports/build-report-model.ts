/**
 * The upward report as data: what the text /baocao, the .docx and the .xlsx all show. Every figure and
 * bucket is read off deriveTaskState (through the task views); renderers only lay it out.
 */
import { allPartRows, taskRow } from '../digest/digest-rows.ts';
import { bucketTasks } from '../digest/bucket-tasks.ts';
import {
  countByUnitAndRole,
  countOfficial,
  doneCount,
  OFFICIAL_LABEL_VI,
  type OfficialCounts,
  openCount,
  type UnitRoleCounts,
} from '../digest/official-counts.ts';
import { percentShares } from '../digest/percent-shares.ts';
import type { DigestUnit } from '../digest/types.ts';
import type { ReportRecord, Role } from '../model/records.ts';
import type { OfficialBucket, TaskState, TaskView } from '../status/derive-task-state.ts';
import { withOverdueBucket } from '../status/overdue-open.ts';
import { type OverduePeriod, overduePeriodsOf } from '../status/overdue-periods.ts';
import { isPastDue } from '../status/owed-deadline.ts';
import { owingUnitsText } from '../status/owing-units.ts';
import { partStateLabel, roleText } from '../digest/wording.ts';
import { STATUS_LABEL_VI } from '../status/task-status.ts';
import { secretariatActionOf, secretariatActionText } from '../status/secretariat-action.ts';
import { periodLabel } from '../time/period-label.ts';
import { type CriterionStatus, overallStatus } from '../criteria/judge-criterion.ts';
import { joinReasons } from '../text/join-reasons.ts';
import type { Locale } from '../model/records.ts';
import { localDateKey } from '../time/zone.ts';
import { type JudgedOccurrence, type PeriodTaskView, type ReportWindow, viewInPeriod } from './judge-in-period.ts';
import type { ReportPeriod } from './parse-period.ts';

export interface ReportPlan {
  number: string;
  title?: string;
  issuer?: string;
  issueDate?: Date | null;
  place?: string | null;
}

export interface OverdueItem {
  code: string;
  title: string;
  leadName: string;
  /** a recurring duty's unit that owes the period named, when the duty has several ("Công an thành phố (phối hợp)") */
  owedBy?: string;
  due: Date;
  /** a recurring duty's overdue period ("2023-04"), named as /quahan names it */
  occurrence: string | null;
  /** with doneReportedAt: a "done" reported late awaiting confirmation is worded at its report (overdueLateText) */
  state: TaskState;
  doneReportedAt: Date | null;
}

/** In a period's report, a recurring duty and how each of its occurrences due within the period was reported. */
export interface RecurringItem {
  code: string;
  title: string;
  occurrences: readonly JudgedOccurrence[];
}

export interface BlockerItem {
  code: string;
  title: string;
  unitName: string;
  role: Role;
  reason: string;
  since: Date;
}

/** "Báo cáo kết quả … (tháng 04/2023)": a task's title with the periods it is judged by, when it is a recurring duty. */
export function titleWithPeriods(item: { title: string; occurrence: string | null; periods?: readonly string[] }, locale: Locale): string {
  const keys = item.periods && item.periods.length > 0 ? item.periods : item.occurrence ? [item.occurrence] : [];
  return keys.length > 0 ? `${item.title} (${keys.map((key) => periodLabel(key, locale)).join(', ')})` : item.title;
}

/** "Báo cáo kết quả … (tháng 04/2023) (BC-01)": the task, the period its deadline belongs to, its code. */
export function appendixTaskText(row: Pick<AppendixRow, 'title' | 'code' | 'occurrence' | 'periods'>): string {
  return `${titleWithPeriods(row, 'vi')} (${row.code})`;
}

/** One row of the appendix table (one per task). */

export interface AppendixRow {
  index: number;
  code: string;
  title: string;
  /** "Kế hoạch số 45/KH-BCĐ, mục II.1.a" */
  source: string;
  lead: string;
  supports: string[];
  due: Date | null;
  /** a recurring duty's period that `due` belongs to ("2023-04"); null for a one-off task */
  occurrence: string | null;
  /** in a period's report: the periods of a recurring duty due within it, which its bucket judges */
  periods?: readonly string[];
  /** the last report within the period, as "dd/MM/yyyy, đơn vị: trạng thái, %, ghi chú" parts */
  lastReport: { at: Date; unitName: string; status: string; percent: number | null; note: string | null } | null;
  official: OfficialBucket;
  /** what the secretariat should notice: a blocker, awaiting confirmation, returned */
  note: string;
  /** per unit: its role, its own part's bucket and its own last report within the period (the per-unit sheets) */
  parts: { unitCode: string; unitName: string; role: Role; official: OfficialBucket; lastReport: AppendixRow['lastReport'] }[];
}

/** A plan criterion as the report shows it. */
export interface CriterionLine {
  code: string;
  text: string;
  /** "≥ 80 %" as the plan gives it; empty when judged in words */
  target: string;
  /** "85 %"; empty when not measured, or judged in words (the verdict alone says "đạt") */
  measured: string;
  measuredAt: Date | null;
  status: CriterionStatus;
}

export interface ReportModel {
  plan: ReportPlan;
  period: ReportPeriod | null;
  /** figures are as of this instant */
  asOf: Date;
  overall: OfficialCounts;
  /** whole percentages of [done, open] that add up to 100 */
  overallShares: { done: number; open: number };
  units: UnitRoleCounts[];
  overdue: OverdueItem[];
  /** in a period's report: each recurring duty with the occurrences it is judged by */
  recurring: RecurringItem[];
  blockers: BlockerItem[];
  rows: AppendixRow[];
  criteria: CriterionLine[];
  /** đạt only when every criterion is met */
  criteriaOverall: 'met' | 'not_met' | 'incomplete';
}

export interface BuildReportModelInput {
  plan: ReportPlan;
  views: readonly TaskView[];
  /** order of the per-unit rows; units without tasks are listed with zeros */
  units: readonly DigestUnit[];
  now: Date;
  period?: ReportPeriod | null;
  /** report history by task id (any order); the appendix shows the latest within the period */
  reports?: ReadonlyMap<number, readonly ReportRecord[]>;
  criteria?: readonly CriterionLine[];
}

const { total: _total, ...bucketLabels } = OFFICIAL_LABEL_VI;
/** A task's official bucket as the appendix names it: the counts' own labels. */
export const OFFICIAL_BUCKET_LABEL_VI: Record<OfficialBucket, string> = bucketLabels;

/**
 * A recurring duty's "done" that settled a period other than those the report judges it by (another
 * month's report, QA5 #3): not this row's result.
 */
function otherPeriodsDone(view: PeriodTaskView): (r: ReportRecord) => boolean {
  const keys = new Set(view.periodOccurrences.map((o) => o.key));
  if (keys.size === 0) return () => false;
  return (r) => {
    if (r.status !== 'done' || r.channel === 'secretariat') return false;
    const part = view.parts.find((p) => p.assignment.unitId === r.unitId);
    const settled = part?.occurrences.find((o) => o.reportedAt?.getTime() === r.createdAt.getTime());
    return settled !== undefined && !keys.has(settled.key);
  };
}

function latestReport(view: PeriodTaskView, reports: readonly ReportRecord[], until: Date | null): AppendixRow['lastReport'] {
  const retracted = new Set(reports.flatMap((r) => (r.retractsReportId === null ? [] : [r.retractsReportId])));
  const otherPeriods = otherPeriodsDone(view);
  const counted = reports
    .filter((r) => r.retractsReportId === null && !retracted.has(r.id) && (until === null || r.createdAt.getTime() <= until.getTime()))
    .filter((r) => !otherPeriods(r))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
  const last = counted[0];
  if (!last) return null;
  const part = view.parts.find((p) => p.assignment.unitId === last.unitId);
  const unitName = part ? (part.assignment.unitShortName ?? part.assignment.unitName) : last.unitCode;
  // the secretariat's return (or confirm, resolve) is named as its act, not as the unit's status and words
  const action = secretariatActionOf(last, reports);
  if (action) return { at: last.createdAt, unitName, status: secretariatActionText(action, last.note, 'vi'), percent: null, note: null };
  return { at: last.createdAt, unitName, status: STATUS_LABEL_VI[last.status], percent: last.percent, note: last.note };
}

/** "Chưa báo kỳ tháng 03/2023: Công an thành phố Trà Vinh (phối hợp)": who owes each overdue period of a recurring duty. */
function owingNotes(view: PeriodTaskView, now: Date): string[] {
  const lead = view.parts.find((p) => p.role === 'lead');
  const leadText = lead ? `${lead.assignment.unitName} (${roleText('lead', 'vi')})` : '';
  const named = (u: { name: string; role: Role }) => `${u.name} (${roleText(u.role, 'vi')})`;
  if (view.periodOccurrences.length > 0) {
    return view.periodOccurrences
      .filter((o) => o.verdict === 'open_overdue')
      .map(
        (o) =>
          `Chưa báo kỳ ${periodLabel(o.key, 'vi')}: ${
            o.units
              ? o.units
                  .filter((u) => u.reportedAt === null)
                  .map(named)
                  .join(', ')
              : leadText
          }`,
      );
  }
  if (!view.task.recurrence || !view.occurrence || !isPastDue(view.due, now)) return [];
  return [`Chưa báo kỳ ${periodLabel(view.occurrence, 'vi')}: ${owingUnitsText(view, view.occurrence, now, (role) => roleText(role, 'vi')) ?? leadText}`];
}

/**
 * "Công an Phường 5 (chủ trì) đã báo cáo hoàn thành kỳ tháng 05/2023, chờ Thường trực xác nhận": the
 * unit whose "done" waits is named (a part's own state: in a period's report a recurring duty another unit
 * owes is not itself "awaiting"), so no unit's sheet reads as if that unit had reported.
 */
function awaitingNotes(view: PeriodTaskView): string[] {
  return view.parts
    .filter((p) => p.state === 'awaiting_confirmation')
    .map((p) => {
      const period = view.task.recurrence && p.doneOccurrence ? ` kỳ ${periodLabel(p.doneOccurrence, 'vi')}` : '';
      return `${p.assignment.unitName} (${roleText(p.role, 'vi')}) đã báo cáo hoàn thành${period}, chờ Thường trực xác nhận`;
    });
}

/**
 * "Công an Phường 5 (phối hợp): Nhiệm vụ hoàn thành đúng hạn theo báo cáo của đơn vị chủ trì; …": a supporting
 * part closed by the lead's confirmed "done" is named as /chitiet names it (partStateLabel, QA10 #3). Parts that read
 * alike are named once together: six units each with the same sentence ran one table cell over four pages (QA14 #2).
 */
function closedByLeadNotes(view: PeriodTaskView): string[] {
  const byLabel = new Map<string, string[]>();
  const closed = view.parts.filter((part) => part.closedByLead);
  for (const p of closed) {
    const label = `(${roleText(p.role, 'vi')}): ${partStateLabel(p, 'vi')}`;
    byLabel.set(label, [...(byLabel.get(label) ?? []), p.assignment.unitShortName ?? p.assignment.unitName]);
  }
  // every supporting unit alike: the "Phối hợp" column already names them, a long list would run the narrow note cell over pages
  const supports = view.parts.filter((part) => part.role === 'support').length;
  const [only] = byLabel;
  if (byLabel.size === 1 && only && closed.length === supports && supports >= ALL_SUPPORTS_AT)
    return [`Các đơn vị phối hợp${only[0].replace(/^\([^)]*\)/, '')}`];
  return [...byLabel].map(([label, names]) => `${names.join(', ')} ${label}`);
}

/** From this many supporting units, all closed alike, the note says "Các đơn vị phối hợp" instead of naming each. */
const ALL_SUPPORTS_AT = 4;

function noteOf(view: PeriodTaskView, now: Date): string {
  const notes = [...owingNotes(view, now), ...view.blockers.map((b) => `Vướng mắc (${b.unitShortName}): ${b.note || 'chưa nêu lý do'}`)];
  notes.push(...awaitingNotes(view), ...closedByLeadNotes(view));
  if (view.state === 'returned') notes.push('Thường trực trả lại, chờ đơn vị báo cáo lại');
  return joinReasons(notes);
}

/**
 * One line of section III: a one-off task named by its lead; a recurring duty's period named with the
 * unit that owes it (its lead's late "done" awaiting confirmation named as the lead's, at that report).
 */
function overdueItem(view: TaskView, period: OverduePeriod): OverdueItem {
  const lead = view.task.assignments.find((a) => a.role === 'lead');
  const { part } = period;
  const owedBy = part && period.awaitingDoneAt === null && (part.role === 'support' || view.parts.length > 1);
  return {
    code: view.task.code,
    title: view.task.title,
    leadName: part && period.awaitingDoneAt !== null ? part.assignment.unitName : (lead?.unitName ?? ''),
    ...(owedBy ? { owedBy: `${part.assignment.unitName} (${roleText(part.role, 'vi')})` } : {}),
    due: period.due,
    occurrence: period.occurrence,
    state: period.state,
    doneReportedAt: period.awaitingDoneAt,
  };
}

function sourceOf(view: TaskView, planNumber: string): string {
  // the section ("II.1") is the clause's reference; sourceClause holds the clause's whole text
  const section = view.task.section?.trim();
  return section ? `Kế hoạch số ${planNumber}, ${/^(mục|điểm|khoản|phần)/i.test(section) ? section : `mục ${section}`}` : `Kế hoạch số ${planNumber}`;
}

/** Local dates of a report period: a recurring duty is judged by the occurrences due within them. */
export function reportWindow(period: ReportPeriod): ReportWindow {
  return { from: localDateKey(period.from), to: localDateKey(period.to) };
}

export function buildReportModel(input: BuildReportModelInput): ReportModel {
  const { now, plan } = input;
  const period = input.period ?? null;
  const views: PeriodTaskView[] = input.views.map((view) => (period ? viewInPeriod(view, reportWindow(period), now) : { ...view, periodOccurrences: [] }));
  const viewOf = new Map(views.map((view) => [String(view.task.id), view]));
  const taskRows = views.map(taskRow);
  const periodEnd = period ? period.to.getTime() : null;
  const overall = countOfficial(taskRows);
  const [done = 0, open = 0] = percentShares([doneCount(overall), openCount(overall)]);
  // one-off tasks: the same overdue-open rule as section I's "quá hạn" count (official buckets) and /quahan
  const oneOff = bucketTasks(taskRows.map(withOverdueBucket)).lists.overdue.flatMap((t) => {
    const view = viewOf.get(t.taskId);
    if (!view || view.task.recurrence) return [];
    return overduePeriodsOf(view, now).map((period) => overdueItem(view, period));
  });
  // recurring duties: one item per unit and per period it owes (due by the period's end), as /quahan lists them
  const owed = input.views.flatMap((view) =>
    view.task.recurrence
      ? overduePeriodsOf(view, now)
          .filter((owes) => periodEnd === null || owes.due.getTime() <= periodEnd)
          .map((period) => overdueItem(view, period))
      : [],
  );
  // by deadline, then code (/quahan's order, overdueEntriesOf), each task's own order kept within
  const overdue = [...oneOff, ...owed].sort((a, b) => a.due.getTime() - b.due.getTime() || a.code.localeCompare(b.code, 'vi', { numeric: true }));
  const recurring = views
    .filter((view) => view.periodOccurrences.length > 0)
    .sort((a, b) => a.task.id - b.task.id)
    .map((view) => ({ code: view.task.code, title: view.task.title, occurrences: view.periodOccurrences }));
  const blockers = views
    .flatMap((view) =>
      view.blockers.map((b) => ({ code: view.task.code, title: view.task.title, unitName: b.unitName, role: b.role, reason: b.note, since: b.since })),
    )
    .sort((a, b) => a.since.getTime() - b.since.getTime());
  // the plan's order: tasks are stored as the plan lists them
  const ordered = [...views].sort((a, b) => a.task.id - b.task.id);
  const rows = ordered.map((view, i): AppendixRow => {
    const lead = view.parts.find((p) => p.role === 'lead');
    const reports = input.reports?.get(view.task.id) ?? [];
    const until = period ? period.to : null;
    return {
      index: i + 1,
      code: view.task.code,
      title: view.task.title,
      source: sourceOf(view, view.task.planNumber || plan.number),
      lead: lead ? (lead.assignment.unitShortName ?? lead.assignment.unitName) : '',
      supports: view.parts.filter((p) => p.role === 'support').map((p) => p.assignment.unitShortName ?? p.assignment.unitName),
      due: view.due,
      occurrence: view.occurrence,
      ...(view.periodOccurrences.length > 0 ? { periods: view.periodOccurrences.map((o) => o.key) } : {}),
      lastReport: latestReport(view, reports, until),
      official: view.official,
      note: noteOf(view, now),
      parts: view.parts.map((p) => ({
        unitCode: p.assignment.unitCode,
        unitName: p.assignment.unitShortName ?? p.assignment.unitName,
        role: p.role,
        official: p.official,
        // a unit's sheet shows its own result, not another unit's (QA5 #3)
        lastReport: latestReport(
          view,
          reports.filter((r) => r.unitId === p.assignment.unitId),
          until,
        ),
      })),
    };
  });
  return {
    plan,
    period,
    asOf: now,
    overall,
    overallShares: { done, open },
    units: countByUnitAndRole(allPartRows(views), input.units),
    overdue,
    recurring,
    blockers,
    rows,
    criteria: [...(input.criteria ?? [])],
    criteriaOverall: overallStatus((input.criteria ?? []).map((c) => c.status)),
  };
}

/** The model without its generation time, in a fixed key order: two reports with equal text are equal data. */
export function reportModelFingerprint(model: ReportModel): string {
  const { asOf: _asOf, ...data } = model;
  return JSON.stringify(data, (_key, value: unknown) => (value instanceof Date ? value.toISOString() : value));
}
