/**
 * The report the committee sends upward, as plain text to paste into a Word document:
 * official counts overall and per unit, then overdue tasks and blockers, in administrative numbering.
 */
import { formatDateVi } from '../time/zone.ts';
import { bucketTasks } from './bucket-tasks.ts';
import { countOfficialBuckets, type OfficialCounts, uniqueTasks } from './official-counts.ts';
import type { DigestTask, DigestUnit, Locale } from './types.ts';
import { daysLeftText, percentOf } from './wording.ts';

export interface PeriodicReportInput {
  planNumber: string;
  tasks: readonly DigestTask[];
  /** order of the per-unit section; units without tasks are listed with zeros */
  units?: readonly DigestUnit[];
  now: Date;
  locale: Locale;
  /** e.g. "Quý II/2023", "tháng 6/2023" */
  periodLabel?: string;
}

function overallLines(c: OfficialCounts, vi: boolean): string[] {
  const done = c.doneOnTime + c.doneLate;
  const open = c.openOnTime + c.openOverdue;
  return vi
    ? [
        `Tổng số nhiệm vụ: ${c.total}, trong đó:`,
        `- Đã hoàn thành: ${done} (${percentOf(done, c.total)}%), gồm: đúng hạn ${c.doneOnTime}; quá hạn ${c.doneLate}.`,
        `- Chưa hoàn thành: ${open} (${percentOf(open, c.total)}%), gồm: trong hạn ${c.openOnTime}; quá hạn ${c.openOverdue}.`,
      ]
    : [
        `Total tasks: ${c.total}, of which:`,
        `- Done: ${done} (${percentOf(done, c.total)}%): on time ${c.doneOnTime}; late ${c.doneLate}.`,
        `- Not done: ${open} (${percentOf(open, c.total)}%): on time ${c.openOnTime}; overdue ${c.openOverdue}.`,
      ];
}

function unitLine(index: number, name: string, c: OfficialCounts, vi: boolean): string {
  return vi
    ? `${index}. ${name}: tổng số ${c.total}; hoàn thành đúng hạn ${c.doneOnTime}; hoàn thành quá hạn ${c.doneLate}; chưa hoàn thành trong hạn ${c.openOnTime}; chưa hoàn thành quá hạn ${c.openOverdue}.`
    : `${index}. ${name}: total ${c.total}; done on time ${c.doneOnTime}; done late ${c.doneLate}; not done, on time ${c.openOnTime}; not done, overdue ${c.openOverdue}.`;
}

export function composePeriodicReport(input: PeriodicReportInput): string {
  const { tasks, now, locale } = input;
  const vi = locale === 'vi';
  const { overall, perUnit } = countOfficialBuckets(tasks, now);
  const none = vi ? '(Không có.)' : '(None.)';
  const lines: string[] = [];

  const title = vi
    ? `BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ ${input.planNumber}`
    : `REPORT ON THE IMPLEMENTATION OF PLAN No. ${input.planNumber}`;
  lines.push(input.periodLabel ? `${title} — ${input.periodLabel.toLocaleUpperCase(vi ? 'vi' : 'en')}` : title);
  lines.push(vi ? `(Số liệu tính đến ngày ${formatDateVi(now)})` : `(Figures as of ${formatDateVi(now)})`, '');

  lines.push(vi ? 'I. KẾT QUẢ CHUNG' : 'I. OVERALL', ...overallLines(overall, vi), '');

  lines.push(vi ? 'II. KẾT QUẢ THEO ĐƠN VỊ' : 'II. BY UNIT');
  const units = input.units ?? perUnit.map((u) => ({ code: u.unitCode, name: u.unitName }));
  units.forEach((unit, i) => {
    const counts = perUnit.find((u) => u.unitCode === unit.code)?.counts ?? { total: 0, doneOnTime: 0, doneLate: 0, openOnTime: 0, openOverdue: 0 };
    lines.push(unitLine(i + 1, unit.name, counts, vi));
  });
  if (units.length === 0) lines.push(none);
  lines.push('');

  lines.push(vi ? 'III. NHIỆM VỤ CHƯA HOÀN THÀNH QUÁ HẠN' : 'III. OVERDUE TASKS');
  const overdue = bucketTasks(uniqueTasks(tasks), now).lists.overdue;
  overdue.forEach((task, i) => {
    const due = task.due ? formatDateVi(task.due) : '';
    const late = task.due ? daysLeftText(task.due, now, locale) : '';
    lines.push(
      vi
        ? `${i + 1}. [${task.code}] ${task.title} — đơn vị chủ trì: ${task.unitName}; hạn ${due}; ${late}.`
        : `${i + 1}. [${task.code}] ${task.title} — lead unit: ${task.unitName}; due ${due}; ${late}.`,
    );
  });
  if (overdue.length === 0) lines.push(none);
  lines.push('');

  lines.push(vi ? 'IV. KHÓ KHĂN, VƯỚNG MẮC' : 'IV. BLOCKERS');
  const blockers = tasks.filter((t) => t.status === 'blocked' && t.blockerNote);
  blockers.forEach((task, i) => {
    lines.push(`${i + 1}. [${task.code}] ${task.title} — ${task.unitName}: ${task.blockerNote}`);
  });
  if (blockers.length === 0) lines.push(none);
  return lines.join('\n');
}
