/** The morning digest for one unit's group: what is late, close, blocked or waiting; what went quiet. */
import type { WorkCalendar } from '../time/work-calendar.ts';
import { escapeHtml } from '../text/html.ts';
import { formatDateVi } from '../time/zone.ts';
import { bucketTasks, type TaskBucket } from './bucket-tasks.ts';
import { isOpenRow, SILENT_DAYS, silentTasks } from './find-signals.ts';
import { silentTaskLineHtml, spansPlans, taskLineHtml } from './task-line.ts';
import type { DigestTask, Locale } from './types.ts';
import { isDoneBucket } from '../status/derive-task-state.ts';
import type { OverdueFigures } from '../status/overdue-periods.ts';
import { overdueFiguresLine } from './overdue-figures-line.ts';
import { closedByLeadCountNote } from './wording.ts';

export interface UnitDigestInput {
  unitName: string;
  /** the unit's parts (unitRows): the state shown is the unit's own part */
  tasks: readonly DigestTask[];
  now: Date;
  locale: Locale;
  /** open parts without a report for this many days are listed */
  silentDays?: number;
  /** when the unit's group was connected: silence is not counted before it */
  postedAt?: Date | null;
  calendar?: WorkCalendar;
  /** the unit's own extension requests the committee has not decided: listed until it does */
  pendingExtensions?: readonly UnitPendingExtension[];
  /** the unit's own overdue entries' figures (overdueFiguresOf), printed under "Quá hạn" when entries outnumber tasks */
  overdueFigures?: OverdueFigures;
}

export interface UnitPendingExtension {
  code: string;
  title: string;
  requestedDueAt: Date;
  askedAt: Date;
}

/** The unit waits on the committee: it should see that its request is still open, not wonder whether it was read. */
function pendingExtensionLines(pending: readonly UnitPendingExtension[], vi: boolean): string[] {
  if (pending.length === 0) return [];
  const lines = ['', `🕒 <b>${vi ? 'Đề nghị gia hạn đang chờ Ban Chỉ đạo' : 'Extension requests awaiting the committee'}: ${pending.length}</b>`];
  for (const p of pending) {
    const asked = vi
      ? `đề nghị đến ${formatDateVi(p.requestedDueAt)} (gửi ${formatDateVi(p.askedAt)})`
      : `asked for ${formatDateVi(p.requestedDueAt)} (sent ${formatDateVi(p.askedAt)})`;
    lines.push(`• <b>${escapeHtml(p.code)}</b> ${escapeHtml(p.title)} — ${asked}`);
  }
  return lines;
}

export const UNIT_DIGEST_SECTIONS: { bucket: TaskBucket; icon: string; vi: string; en: string }[] = [
  { bucket: 'overdue', icon: '🔴', vi: 'Quá hạn', en: 'Overdue' },
  { bucket: 'due_soon', icon: '🟠', vi: 'Sắp đến hạn (≤ 3 ngày)', en: 'Due soon (≤ 3 days)' },
  { bucket: 'blocked', icon: '⚠️', vi: 'Vướng mắc', en: 'Blocked' },
  { bucket: 'returned', icon: '↩️', vi: 'Bị trả lại', en: 'Returned' },
  { bucket: 'in_progress', icon: '🔵', vi: 'Đang thực hiện', en: 'In progress' },
  { bucket: 'awaiting_confirmation', icon: '🟣', vi: 'Chờ xác nhận', en: 'Awaiting confirmation' },
];

export function composeUnitDigest({
  unitName,
  tasks,
  now,
  locale,
  silentDays = SILENT_DAYS,
  postedAt = null,
  calendar,
  pendingExtensions = [],
  overdueFigures,
}: UnitDigestInput): string {
  const vi = locale === 'vi';
  const { counts, lists } = bucketTasks(tasks);
  const showPlan = spansPlans(tasks);
  const title = vi ? 'Tổng hợp nhiệm vụ' : 'Task digest';
  const lines = [`📋 <b>${title} — ${escapeHtml(unitName)} — ${formatDateVi(now)}</b>`];
  // a part is done where its list puts it: a recurring duty's part owing a period is not, whatever an earlier "done" says
  const done = tasks.filter((t) => isDoneBucket(t.listBucket)).length;
  // parts closed by the lead's confirmed "done" that the unit never reported done are named as such (QA10 #3)
  const byLead = tasks.filter((t) => t.closedByLead && isDoneBucket(t.listBucket)).length;
  const byLeadNote = closedByLeadCountNote(byLead, locale);
  const lead = tasks.filter((t) => t.role === 'lead').length;
  const support = tasks.length - lead;
  lines.push(
    vi
      ? `Tổng số: ${tasks.length} nhiệm vụ (chủ trì ${lead} · phối hợp ${support}) · phần việc đã hoàn thành ${done}${byLeadNote} · chưa thực hiện ${counts.not_started}`
      : `Total: ${tasks.length} tasks (lead ${lead} · support ${support}) · parts done ${done}${byLeadNote} · not started ${counts.not_started}`,
  );
  if (support > 0) {
    lines.push(
      vi
        ? '<i>Trạng thái là phần việc của đơn vị; nhiệm vụ phối hợp chỉ hoàn thành khi đơn vị chủ trì báo xong và Ban Chỉ đạo xác nhận.</i>'
        : '<i>States are the unit’s own part; a task it supports is done only when the lead reports it done and the committee confirms.</i>',
    );
  }

  let anything = false;
  const figures = overdueFigures ? overdueFiguresLine(overdueFigures, locale) : null;
  // a late "done" awaiting confirmation is an overdue entry but listed under "Chờ xác nhận": with no
  // overdue section to print it under, the figures still stand on their own (as /quahan prints them)
  if (figures && lists.overdue.length === 0) {
    anything = true;
    lines.push('', figures);
  }
  for (const section of UNIT_DIGEST_SECTIONS) {
    const list = lists[section.bucket];
    if (list.length === 0) continue;
    anything = true;
    lines.push('', `${section.icon} <b>${vi ? section.vi : section.en}: ${list.length}</b>`);
    if (figures && section.bucket === 'overdue') lines.push(figures);
    for (const task of list) lines.push(taskLineHtml(task, now, locale, { ...(calendar ? { calendar } : {}), ...(showPlan ? { showPlan } : {}) }));
  }

  const silent = silentTasks(tasks.filter(isOpenRow), now, silentDays, postedAt);
  if (silent.length > 0) {
    anything = true;
    const heading = vi ? `Chưa báo cáo trong ${silentDays} ngày` : `No report for ${silentDays} days`;
    lines.push('', `🔕 <b>${heading}: ${silent.length}</b>`);
    for (const task of silent) lines.push(silentTaskLineHtml(task, locale));
  }

  const waiting = pendingExtensionLines(pendingExtensions, vi);
  if (waiting.length > 0) anything = true;
  lines.push(...waiting);

  if (!anything) lines.push('', vi ? '✅ Không có nhiệm vụ cần chú ý.' : '✅ Nothing needs attention.');
  return lines.join('\n');
}
