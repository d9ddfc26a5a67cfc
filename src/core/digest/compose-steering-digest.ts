/** The steering committee's digest: official counts overall and per unit, blockers, silence, phases. */
import type { WorkCalendar } from '../time/work-calendar.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import { escapeHtml } from '../text/html.ts';
import { formatDateVi, localDateKey } from '../time/zone.ts';
import { vietnamCalendar, workingDaysBetween } from '../time/work-calendar.ts';
import { reportedTimeliness, settledTimeliness } from '../status/reported-timeliness.ts';
import { periodLabel } from '../time/period-label.ts';
import { dueDistance } from '../status/days-to-due.ts';
import { isDoneState, OFFICIAL_BUCKETS } from '../status/derive-task-state.ts';
import { byDueThenCode } from './bucket-tasks.ts';
import { isOverdueOpen } from '../status/overdue-open.ts';
import { overdueEntriesOf, overdueFiguresOf } from '../status/overdue-periods.ts';
import { t } from '../i18n/translate.ts';
import { overdueFiguresLine } from './overdue-figures-line.ts';
import { allPartRows, taskRow } from './digest-rows.ts';
import {
  type CountKey,
  countByUnitAndRole,
  countOfficial,
  OFFICIAL_LABEL_EN,
  OFFICIAL_LABEL_VI,
  type OfficialCounts,
  supportDoneText,
  type UnitRoleCounts,
} from './official-counts.ts';
import { progressSinceLines } from './progress-since-lines.ts';
import { blockerLineHtml, taskLineHtml } from './task-line.ts';
import type { DigestPhase, DigestUnit, Locale, SilentUnit } from './types.ts';
import { lastReportText, phaseLeftText, reportedDoneText } from './wording.ts';

export interface SteeringDigestInput {
  planNumber: string;
  /** every task of the plan, from deriveTaskState */
  views: readonly TaskView[];
  units: readonly DigestUnit[];
  phases: readonly DigestPhase[];
  now: Date;
  locale: Locale;
  /** the Friday edition: also lists every overdue task */
  weekly?: boolean;
  /** the previous digest: blockers raised after it are marked new, progress reported after it is listed */
  since: Date;
  silentUnits: readonly SilentUnit[];
  /** units with tasks but no connected group: listed once, not chased as silent */
  unboundUnits?: readonly DigestUnit[];
  silentDays?: number;
  calendar?: WorkCalendar;
  /** extension requests the committee has not decided: listed in every edition until it does */
  pendingExtensions?: readonly PendingExtension[];
}

interface PendingExtension {
  code: string;
  title: string;
  unitName: string;
  requestedDueAt: Date;
  askedAt: Date;
}

function pendingExtensionLines(input: SteeringDigestInput): string[] {
  const pending = input.pendingExtensions ?? [];
  if (pending.length === 0) return [];
  const vi = input.locale === 'vi';
  const calendar = input.calendar ?? vietnamCalendar;
  const lines = ['', `🕒 <b>${vi ? 'Đề nghị gia hạn chờ quyết định' : 'Extension requests awaiting a decision'} (${pending.length})</b>`];
  for (const p of pending) {
    const days = Math.max(workingDaysBetween(localDateKey(p.askedAt), localDateKey(input.now), calendar), 0);
    const asked = vi
      ? `${escapeHtml(p.unitName)} đề nghị đến ${formatDateVi(p.requestedDueAt)} (gửi ${formatDateVi(p.askedAt)}, chờ ${days} ngày làm việc)`
      : `${escapeHtml(p.unitName)} asks for ${formatDateVi(p.requestedDueAt)} (sent ${formatDateVi(p.askedAt)}, waiting ${days} working days)`;
    lines.push(`• <b>${escapeHtml(p.code)}</b> ${escapeHtml(p.title)} — ${asked}`);
  }
  lines.push(
    vi
      ? '<i>Quyết định bằng /duyetgiahan &lt;mã&gt; hoặc /tuchoigiahan &lt;mã&gt; [lý do].</i>'
      : '<i>Decide with /duyetgiahan &lt;code&gt; or /tuchoigiahan &lt;code&gt; [reason].</i>',
  );
  return lines;
}

const NO_DEADLINE: readonly CountKey[] = ['doneNoDeadline', 'openNoDeadline'];

/** The official buckets; the two "không có hạn" ones only when there is such a task (most plans date every duty). */
function countLines(counts: OfficialCounts, locale: Locale): string[] {
  const labels = locale === 'vi' ? OFFICIAL_LABEL_VI : OFFICIAL_LABEL_EN;
  return OFFICIAL_BUCKETS.filter((key) => !NO_DEADLINE.includes(key) || counts[key] > 0).map((key) => `• ${labels[key]}: ${counts[key]}`);
}

const cells = (c: OfficialCounts, shown: readonly CountKey[]) => [c.total, ...shown.map((key) => c[key])].map(String);

/** Fixed-width table: a unit's short name on its own line, then one row per role it has (narrow enough for a phone). */
export function unitRoleTable(rows: readonly UnitRoleCounts[], locale: Locale): string[] {
  const vi = locale === 'vi';
  // a column for work with no deadline (done or not) only when some unit has any: it is neither on time nor late
  const has = (key: CountKey) => rows.some(({ lead, support }) => lead[key] + support[key] > 0);
  const shown = OFFICIAL_BUCKETS.filter((key) => !NO_DEADLINE.includes(key) || has(key));
  const short: Record<CountKey, [string, string]> = {
    total: ['Tổng', 'All'],
    doneOnTime: ['ĐH', 'OnT'],
    doneLate: ['QH', 'Late'],
    doneNoDeadline: ['KH', 'NoDl'],
    openOnTime: ['TH', 'Open'],
    openOverdue: ['Trễ', 'Ovd'],
    openNoDeadline: ['CKH', 'OpNoDl'],
  };
  const header = ['', ...(['total', ...shown] as const).map((key) => short[key][vi ? 0 : 1])];
  const roles = vi ? { lead: '  chủ trì', support: '  phối hợp' } : { lead: '  lead', support: '  support' };
  const width = Math.max(roles.lead.length, roles.support.length);
  const format = (row: string[]) => [row[0]!.padEnd(width), ...row.slice(1).map((c, i) => c.padStart(Math.max(header[i + 1]!.length, 3)))].join(' ');
  const body: string[] = [format(header)];
  for (const { unit, lead, support } of rows) {
    body.push(unit.shortName ?? unit.name);
    if (lead.total > 0) body.push(format([roles.lead, ...cells(lead, shown)]));
    if (support.total > 0) body.push(format([roles.support, ...cells(support, shown)]));
    if (lead.total + support.total === 0) body.push(format([roles.lead, ...cells(lead, shown)]));
  }
  const explain = vi
    ? `Mỗi đơn vị tính riêng nhiệm vụ chủ trì và phần phối hợp, nên cộng các dòng sẽ lớn hơn số nhiệm vụ của kế hoạch. ĐH: hoàn thành đúng hạn · QH: hoàn thành quá hạn${has('doneNoDeadline') ? ' · KH: hoàn thành (không có hạn)' : ''} · TH: chưa hoàn thành trong hạn · Trễ: chưa hoàn thành quá hạn${has('openNoDeadline') ? ' · CKH: chưa hoàn thành (không có hạn)' : ''}`
    : `Each unit counts the tasks it leads and its support parts apart, so the rows add up to more than the plan’s tasks. OnT: done on time · Late: done late${has('doneNoDeadline') ? ' · NoDl: done (no deadline)' : ''} · Open: not done, on time · Ovd: not done, overdue${has('openNoDeadline') ? ' · OpNoDl: not done (no deadline)' : ''}`;
  // support parts closed by the lead's confirmed "done" are counted done in the table: say so, as /baocao, .docx and .xlsx do
  const closedByLead = rows.filter((u) => u.supportClosedByLead > 0).map((u) => `• ${escapeHtml(supportDoneText(u, locale))}`);
  return [`<pre>${escapeHtml(body.join('\n'))}</pre>`, ...closedByLead, `<i>${explain}</i>`];
}

function phaseLines(phases: readonly DigestPhase[], now: Date, locale: Locale): string[] {
  const vi = locale === 'vi';
  return phases
    .filter((p) => p.end.getTime() >= now.getTime())
    .map((p) => {
      const remaining = phaseLeftText(p.end, now, locale);
      const current = p.start && p.start.getTime() <= now.getTime() ? (vi ? ' — đang thực hiện' : ' — current') : '';
      return `• ${escapeHtml(p.name)}: ${remaining} (${vi ? 'đến' : 'until'} ${formatDateVi(p.end)})${current}`;
    });
}

function blockerLines(input: SteeringDigestInput): string[] {
  const vi = input.locale === 'vi';
  const all = input.views.flatMap((view) => view.blockers.map((blocker) => ({ view, blocker })));
  if (all.length === 0) return [];
  all.sort((a, b) => a.blocker.since.getTime() - b.blocker.since.getTime());
  const lines = ['', `⚠️ <b>${vi ? 'Vướng mắc chưa được giải quyết' : 'Unresolved blockers'} (${all.length})</b>`];
  for (const { view, blocker } of all) {
    const isNew = blocker.since.getTime() > input.since.getTime() ? ' 🆕' : '';
    lines.push(
      `• <b>${escapeHtml(view.task.code)}</b> ${escapeHtml(view.task.title)}${isNew}\n  ${blockerLineHtml(blocker, input.now, input.locale, {
        showUnit: true,
        ...(input.calendar ? { calendar: input.calendar } : {}),
      })}`,
    );
  }
  lines.push(
    vi ? '<i>Thường trực gỡ vướng bằng /gotvuong &lt;mã&gt; [ghi chú].</i>' : '<i>The secretariat resolves one with /gotvuong &lt;code&gt; [note].</i>',
  );
  return lines;
}

/**
 * A report of "done" waits for the secretariat this many working days before the digest reminds it:
 * checking a report and its evidence is a few days' work, and 3 working days is also how early the
 * lists warn of a deadline (DUE_SOON_DAYS), so an on-time report is confirmed within the week it came.
 */
const CONFIRMATION_REMINDER_WORKING_DAYS = 3;

/**
 * Reports of "done" awaiting the secretariat. The weekly edition lists a late one among the overdue
 * tasks (overdue-open.ts: lateness wins, as /quahan and /kehoach count it), worded "báo hoàn thành …,
 * trễ N ngày, chờ xác nhận" there, so it is not listed again under the awaiting sections.
 */
function awaitingViews(input: SteeringDigestInput): TaskView[] {
  return input.views.filter((view) => view.state === 'awaiting_confirmation' && view.doneReportedAt !== null && !(input.weekly && isOverdueOpen(view)));
}

function awaitingConfirmationLines(input: SteeringDigestInput): string[] {
  const vi = input.locale === 'vi';
  const calendar = input.calendar ?? vietnamCalendar;
  const today = localDateKey(input.now);
  const waiting = awaitingViews(input)
    .map((view) => ({ view, days: workingDaysBetween(localDateKey(view.doneReportedAt!), today, calendar) }))
    .filter(({ days }) => days > CONFIRMATION_REMINDER_WORKING_DAYS)
    .sort((a, b) => b.days - a.days);
  if (waiting.length === 0) return [];
  const n = CONFIRMATION_REMINDER_WORKING_DAYS;
  const lines = [
    '',
    `⏰ <b>${vi ? `Báo hoàn thành chờ xác nhận quá ${n} ngày làm việc` : `Reported done, awaiting confirmation over ${n} working days`} (${waiting.length})</b>`,
  ];
  for (const { view, days } of waiting) {
    // a recurring duty whose next period is already overdue is judged against now (reportedTimeliness is null):
    // its "done" is judged against the period it settled, named, never an empty slot
    const judged = reportedTimeliness(view) ?? settledTimeliness(view);
    const lead = view.parts.find((p) => p.role === 'lead')?.assignment;
    const period = judged?.occurrence ? `${vi ? 'kỳ' : 'period'} ${periodLabel(judged.occurrence, input.locale)}: ` : '';
    const said = [lead ? escapeHtml(lead.unitShortName ?? lead.unitName) : '', judged ? `${period}${reportedDoneText(judged, input.locale)}` : '']
      .filter(Boolean)
      .join(', ');
    const wait = `(${vi ? `chờ ${days} ngày làm việc` : `waiting ${days} working days`})`;
    lines.push(`• <b>${escapeHtml(view.task.code)}</b> ${escapeHtml(view.task.title)} — ${said ? `${said} ${wait}` : wait}`);
  }
  lines.push(
    vi
      ? '<i>Thường trực xác nhận bằng /xacnhan &lt;mã&gt; hoặc trả lại bằng /tralai &lt;mã&gt; &lt;lý do&gt;.</i>'
      : '<i>The secretariat confirms with /xacnhan &lt;code&gt; or returns with /tralai &lt;code&gt; &lt;reason&gt;.</i>',
  );
  return lines;
}

/** Open tasks whose deadline is today (as /nhiemvu says "hạn hôm nay"), judged at the digest's own time. */
function dueTodayLines(input: SteeringDigestInput): string[] {
  const vi = input.locale === 'vi';
  const rows = input.views
    .filter((view) => view.due !== null && !isDoneState(view.state) && view.state !== 'awaiting_confirmation')
    .filter((view) => dueDistance(view.due!, input.now).kind === 'due_today')
    // blockers have their own section (each shown once)
    .map((view) => ({ ...taskRow(view), blockers: [] }));
  if (rows.length === 0) return [];
  const options = { showUnit: true, ...(input.calendar ? { calendar: input.calendar } : {}) };
  return ['', `📅 <b>${vi ? 'Đến hạn hôm nay' : 'Due today'} (${rows.length})</b>`, ...rows.map((row) => taskLineHtml(row, input.now, input.locale, options))];
}

/** Reports of "done" the secretariat has not decided yet, within the 3 working days before the reminder. */
function recentlyReportedDoneLines(input: SteeringDigestInput): string[] {
  const vi = input.locale === 'vi';
  const calendar = input.calendar ?? vietnamCalendar;
  const today = localDateKey(input.now);
  const rows = awaitingViews(input)
    .filter((view) => workingDaysBetween(localDateKey(view.doneReportedAt!), today, calendar) <= CONFIRMATION_REMINDER_WORKING_DAYS)
    .map((view) => ({ ...taskRow(view), blockers: [] }));
  if (rows.length === 0) return [];
  const options = { showUnit: true, ...(input.calendar ? { calendar: input.calendar } : {}) };
  return [
    '',
    `🟣 <b>${vi ? 'Chờ xác nhận' : 'Awaiting confirmation'} (${rows.length})</b>`,
    ...rows.map((row) => taskLineHtml(row, input.now, input.locale, options)),
    vi
      ? '<i>Xác nhận bằng /xacnhan &lt;mã&gt; hoặc trả lại bằng /tralai &lt;mã&gt; &lt;lý do&gt;.</i>'
      : '<i>Confirm with /xacnhan &lt;code&gt; or return with /tralai &lt;code&gt; &lt;reason&gt;.</i>',
  ];
}

export function composeSteeringDigest(input: SteeringDigestInput): string {
  const { views, now, locale } = input;
  const vi = locale === 'vi';
  const silentDays = input.silentDays ?? 7;
  const taskRows = views.map(taskRow);
  const overall = countOfficial(taskRows);
  const kind = input.weekly ? (vi ? 'Tổng hợp tuần' : 'Weekly summary') : vi ? 'Tổng hợp ngày' : 'Daily summary';
  const plan = vi ? `Kế hoạch số ${escapeHtml(input.planNumber)}` : `Plan No. ${escapeHtml(input.planNumber)}`;
  const lines = [`📊 <b>${kind} — ${plan} — ${formatDateVi(now)}</b>`, ''];

  lines.push(
    `<b>${vi ? 'Toàn kế hoạch' : 'Whole plan'}: ${overall.total} ${vi ? 'nhiệm vụ (mỗi nhiệm vụ tính một lần)' : 'tasks (each counted once)'}</b>`,
    ...countLines(overall, locale),
  );
  // a recurring duty owes an entry per unit and period: the figures /quahan prints when entries outnumber tasks
  const figures = overdueFiguresLine(overdueFiguresOf(overdueEntriesOf(views, now)), locale);
  if (figures) lines.push(figures);

  const phases = phaseLines(input.phases, now, locale);
  if (phases.length > 0) lines.push('', `⏳ <b>${vi ? 'Tiến độ giai đoạn' : 'Phases'}</b>`, ...phases);

  // the day's news and what waits on the committee come before the unit table: on a phone it is read top down
  lines.push(...dueTodayLines(input));
  lines.push(...blockerLines(input));
  const parts = allPartRows(views);
  lines.push(...progressSinceLines(parts, input.since, locale));
  lines.push(...recentlyReportedDoneLines(input));
  lines.push(...awaitingConfirmationLines(input));
  lines.push(...pendingExtensionLines(input));

  lines.push('', `<b>${vi ? 'Theo đơn vị' : 'By unit'}</b>`, ...unitRoleTable(countByUnitAndRole(parts, input.units), locale));

  if (input.silentUnits.length > 0) {
    const heading = vi ? `Đơn vị chưa báo cáo về kế hoạch này trong ${silentDays} ngày` : `Units silent on this plan for ${silentDays} days`;
    lines.push('', `🔕 <b>${heading} (${input.silentUnits.length})</b>`);
    for (const u of input.silentUnits) lines.push(`• ${escapeHtml(u.unitName)} — ${lastReportText(u.lastReportAt, locale)}`);
  }

  const unbound = input.unboundUnits ?? [];
  if (unbound.length > 0) {
    const names = unbound.map((u) => escapeHtml(u.shortName ?? u.name)).join(', ');
    lines.push('', `🔌 <b>${vi ? 'Đơn vị chưa kết nối nhóm' : 'Units without a connected group'} (${unbound.length})</b>: ${names}`);
    lines.push(vi ? '<i>Cấp mã kết nối bằng /moi &lt;đơn vị&gt;.</i>' : '<i>Issue a binding code with /moi &lt;unit&gt;.</i>');
  }

  if (input.weekly) {
    // overdue-open as /quahan and /baocao III: a late "done" awaiting confirmation too, its line worded at the report
    const overdue = taskRows.filter(isOverdueOpen).sort(byDueThenCode);
    if (overdue.length > 0) {
      lines.push('', t(locale, 'overdue.weekly_heading', { count: overdue.length }));
      for (const task of overdue) lines.push(taskLineHtml(task, now, locale, { showUnit: true, ...(input.calendar ? { calendar: input.calendar } : {}) }));
    }
  }
  return lines.join('\n');
}
