/**
 * The report the committee sends upward, as plain text to paste into a Word document:
 * official counts overall and per unit, then overdue tasks and blockers, in administrative numbering.
 * It reads the same report model (buildReportModel) as the .docx and .xlsx, so all three agree.
 */
import { buildReportModel, titleWithPeriods } from '../reports/build-report-model.ts';
import { recurringLines } from '../reports/recurring-lines.ts';
import type { ReportPeriod } from '../reports/parse-period.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import { formatDateVi } from '../time/zone.ts';
import { doneCount, type OfficialCounts, openCount, type UnitRoleCounts } from './official-counts.ts';
import { closedByLeadCountNote } from './wording.ts';
import { percentShares } from './percent-shares.ts';
import type { DigestUnit, Locale } from './types.ts';
import { overdueLateText } from '../status/overdue-open.ts';
import { overdueFiguresOf } from '../status/overdue-periods.ts';
import { marksToPlainText } from '../text/marks.ts';
import { overdueFiguresLine } from './overdue-figures-line.ts';

export interface PeriodicReportInput {
  planNumber: string;
  /** every task of the plan, from deriveTaskState */
  views: readonly TaskView[];
  /** order of the per-unit section; units without tasks are listed with zeros */
  units: readonly DigestUnit[];
  now: Date;
  locale: Locale;
  /** e.g. "Quý II/2023", "tháng 6/2023" */
  periodLabel?: string;
  /** the period reported on: a recurring duty is judged by its occurrences due within it (judge-in-period.ts) */
  period?: ReportPeriod;
}

function overallLines(c: OfficialCounts, vi: boolean): string[] {
  const done = doneCount(c);
  const open = openCount(c);
  const [donePct, openPct] = percentShares([done, open]);
  // A task with no deadline is neither on time nor late: its own bucket, done or not (deriveTaskState).
  const doneFree = c.doneNoDeadline;
  const openFree = c.openNoDeadline;
  const free = (n: number) => (n > 0 ? (vi ? `; không có hạn ${n}` : `; no deadline ${n}`) : '');
  return vi
    ? [
        `Tổng số nhiệm vụ: ${c.total}, trong đó:`,
        `- Đã hoàn thành: ${done} (${donePct}%), gồm: đúng hạn ${c.doneOnTime}; quá hạn ${c.doneLate}${free(doneFree)}.`,
        `- Chưa hoàn thành: ${open} (${openPct}%), gồm: trong hạn ${c.openOnTime}; quá hạn ${c.openOverdue}${free(openFree)}.`,
      ]
    : [
        `Total tasks: ${c.total}, of which:`,
        `- Done: ${done} (${donePct}%): on time ${c.doneOnTime}; late ${c.doneLate}${free(doneFree)}.`,
        `- Not done: ${open} (${openPct}%): on time ${c.openOnTime}; overdue ${c.openOverdue}${free(openFree)}.`,
      ];
}

/** A role's figures with the buckets it has (a phone reads fourteen units; zeros say nothing the total does not). */
function roleCounts(c: OfficialCounts, vi: boolean): string {
  const doneFree = c.doneNoDeadline;
  const openFree = c.openNoDeadline;
  const free = doneFree + openFree;
  const buckets: [string, string, number][] = [
    ['hoàn thành đúng hạn', 'done on time', c.doneOnTime],
    ['hoàn thành quá hạn', 'done late', c.doneLate],
    ['chưa hoàn thành trong hạn', 'not done, on time', c.openOnTime],
    ['chưa hoàn thành quá hạn', 'not done, overdue', c.openOverdue],
  ];
  const parts = buckets.filter(([, , n]) => n > 0).map(([labelVi, labelEn, n]) => `${vi ? labelVi : labelEn} ${n}`);
  if (free > 0)
    parts.push(
      vi ? `không có hạn ${free}: hoàn thành ${doneFree}, chưa hoàn thành ${openFree}` : `no deadline ${free}: done ${doneFree}, not done ${openFree}`,
    );
  return `${c.total} (${parts.join('; ')})`;
}

/** A unit's counts; its support parts closed by the lead's confirmed "done" are named as the unit digest names them. */
function unitLine(index: number, name: string, { lead, support, supportClosedByLead }: Omit<UnitRoleCounts, 'unit'>, locale: Locale): string {
  const vi = locale === 'vi';
  const byLead =
    supportClosedByLead > 0
      ? `, ${vi ? 'phần việc đã hoàn thành' : 'parts done'} ${doneCount(support)}${closedByLeadCountNote(supportClosedByLead, locale)}`
      : '';
  const roles = [
    ...(lead.total > 0 ? [`${vi ? 'chủ trì' : 'lead'} ${roleCounts(lead, vi)}`] : []),
    ...(support.total > 0 ? [`${vi ? 'phối hợp' : 'support'} ${roleCounts(support, vi)}`] : []),
  ];
  if (roles.length === 0) return `${index}. ${name}: ${vi ? 'không có nhiệm vụ' : 'no tasks'}.`;
  return `${index}. ${name}: ${roles.join('; ')}${byLead}.`;
}

export function composePeriodicReport(input: PeriodicReportInput): string {
  const { now, locale } = input;
  const vi = locale === 'vi';
  const model = buildReportModel({ plan: { number: input.planNumber }, views: input.views, units: input.units, now, period: input.period ?? null });
  const none = vi ? '(Không có.)' : '(None.)';
  const lines: string[] = [];

  const title = vi ? `BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ ${input.planNumber}` : `REPORT ON THE IMPLEMENTATION OF PLAN No. ${input.planNumber}`;
  lines.push(input.periodLabel ? `${title} — ${input.periodLabel.toLocaleUpperCase(vi ? 'vi' : 'en')}` : title);
  lines.push(vi ? `(Số liệu tính đến ngày ${formatDateVi(now)})` : `(Figures as of ${formatDateVi(now)})`, '');

  lines.push(vi ? 'I. KẾT QUẢ CHUNG' : 'I. OVERALL', ...overallLines(model.overall, vi), ...recurringLines(model.recurring, now, vi), '');

  lines.push(vi ? 'II. KẾT QUẢ THEO ĐƠN VỊ' : 'II. BY UNIT');
  lines.push(
    vi
      ? '(Mỗi đơn vị tính riêng nhiệm vụ chủ trì và phần việc phối hợp; một nhiệm vụ có nhiều đơn vị nên tổng các đơn vị lớn hơn tổng số nhiệm vụ ở mục I.)'
      : '(Each unit counts the tasks it leads and its support parts apart; a task has several units, so the unit figures add up to more than section I.)',
  );
  for (const [i, { unit, ...counts }] of model.units.entries()) lines.push(unitLine(i + 1, unit.name, counts, locale));
  if (model.units.length === 0) lines.push(none);
  lines.push('');

  lines.push(vi ? 'III. NHIỆM VỤ CHƯA HOÀN THÀNH QUÁ HẠN' : 'III. OVERDUE TASKS');
  const figures = overdueFiguresLine(overdueFiguresOf(model.overdue), locale);
  if (figures) lines.push(marksToPlainText(figures));
  model.overdue.forEach((task, i) => {
    const due = formatDateVi(task.due);
    const late = overdueLateText(task, task.due, now, locale);
    const title = titleWithPeriods(task, locale);
    lines.push(
      vi
        ? `${i + 1}. [${task.code}] ${title} — ${task.owedBy ? `đơn vị chưa báo cáo: ${task.owedBy}` : `đơn vị chủ trì: ${task.leadName}`}; hạn ${due}; ${late}.`
        : `${i + 1}. [${task.code}] ${title} — ${task.owedBy ? `units not reported: ${task.owedBy}` : `lead unit: ${task.leadName}`}; due ${due}; ${late}.`,
    );
  });
  if (model.overdue.length === 0) lines.push(none);
  lines.push('');

  lines.push(vi ? 'IV. KHÓ KHĂN, VƯỚNG MẮC' : 'IV. BLOCKERS');
  model.blockers.forEach((b, i) => {
    const note = b.reason || (vi ? '(chưa nêu lý do)' : '(no reason given)');
    lines.push(
      vi
        ? `${i + 1}. [${b.code}] ${b.title} — ${b.unitName}: ${note} (từ ngày ${formatDateVi(b.since)}).`
        : `${i + 1}. [${b.code}] ${b.title} — ${b.unitName}: ${note} (since ${formatDateVi(b.since)}).`,
    );
  });
  if (model.blockers.length === 0) lines.push(none);
  return lines.join('\n');
}
