import { periodLabel } from '../time/period-label.ts';
/** Texts of deadline nudges: to a unit's group (mentioning its focal points) and escalations to the steering group. */
import type { Locale } from '../model/records.ts';
import { t } from '../i18n/translate.ts';
import type { NudgeKind } from '../nudges/plan-nudges.ts';
import { escapeHtml } from '../text/html.ts';
import { mentionMark } from '../text/mention.ts';
import { dueDistance, dueDistanceText } from '../status/days-to-due.ts';
import { formatDateVi } from '../time/zone.ts';
import { roleText } from '../digest/wording.ts';

export interface FocalPoint {
  externalUserId: string;
  displayName: string;
}

export interface NudgeTask {
  code: string;
  title: string;
  due: Date;
  /** the occurrence of a recurring duty, e.g. 2023-06 */
  occurrence?: string;
  /** the plan it belongs to: the steering group may follow several */
  planNumber?: string;
}

export interface UnitNudgeInput {
  kind: Exclude<NudgeKind, 'escalate'>;
  task: NudgeTask;
  role: 'lead' | 'support';
  focalPoints: readonly FocalPoint[];
  /** the unit reported a blocker not yet cleared: the ask is to report once it is cleared, not progress as if unsaid */
  blocked?: boolean;
  /** when the nudge is sent: its days are counted as every list counts them (days-to-due.ts) */
  now: Date;
  locale: Locale;
}

export interface EscalationInput {
  task: NudgeTask;
  /** units still not done, lead first; `blocked`: the unit's part has a blocker not yet cleared */
  units: readonly { name: string; role: 'lead' | 'support'; blocked?: boolean }[];
  now: Date;
  locale: Locale;
}

function taskLine(task: NudgeTask, locale: Locale): string {
  const occurrence = task.occurrence ? t(locale, 'task.occurrence', { period: periodLabel(task.occurrence, locale) }) : '';
  return `<b>${escapeHtml(task.code)}</b> — ${escapeHtml(task.title)}${occurrence}`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The days are the lists' days (calendar days, dueDistanceText), whatever working day the nudge was
 * scheduled on: a deadline on a Sunday nudged on Friday says "còn 2 ngày", not "hôm nay".
 */
function headline(input: UnitNudgeInput): string {
  const vi = input.locale === 'vi';
  const distance = dueDistance(input.task.due, input.now);
  const text = dueDistanceText(input.task.due, input.now, input.locale);
  if (distance.kind === 'overdue') return `🔴 ${capitalized(text)}`;
  if (distance.kind === 'due_today') return vi ? '⏰ Hôm nay là hạn hoàn thành' : '⏰ Due today';
  return vi ? `⏰ Nhắc hạn: ${text}` : `⏰ Reminder: ${text}`;
}

export function composeUnitNudge(input: UnitNudgeInput): string {
  const vi = input.locale === 'vi';
  const role = roleText(input.role, input.locale);
  const lines = [
    `<b>${headline(input)}</b>`,
    taskLine(input.task, input.locale),
    vi ? `Hạn: ${formatDateVi(input.task.due)} · Vai trò: ${role}` : `Due: ${formatDateVi(input.task.due)} · Role: ${role}`,
  ];
  const mentions = input.focalPoints.map(mentionMark).join(', ');
  const code = escapeHtml(input.task.code);
  const ask = input.blocked
    ? vi
      ? `nhiệm vụ đang ghi vướng mắc chưa gỡ; khi gỡ được, đề nghị báo: /tiendo ${code} &lt;%&gt; hoặc /xong ${code} (vướng mắc đã báo đang chờ Ban Chỉ đạo xem)`
      : `the task has a blocker not yet cleared; once it is, please report: /tiendo ${code} &lt;%&gt; or /xong ${code} (the blocker is with the steering committee)`
    : vi
      ? `đề nghị báo cáo tiến độ: /tiendo ${code} &lt;%&gt; hoặc /xong ${code}`
      : `please report progress: /tiendo ${code} &lt;%&gt; or /xong ${code}`;
  lines.push(mentions ? `${mentions}: ${ask}` : ask.charAt(0).toUpperCase() + ask.slice(1));
  return lines.join('\n');
}

export function composeEscalation(input: EscalationInput): string {
  const vi = input.locale === 'vi';
  const late = dueDistanceText(input.task.due, input.now, input.locale);
  // each unit with its role, a supporting unit "(phối hợp)" as every other view names it
  const blockedText = vi ? 'đang vướng mắc' : 'blocked';
  const units = input.units.map((u) => `${escapeHtml(u.name)} (${roleText(u.role, input.locale)}${u.blocked ? `, ${blockedText}` : ''})`).join(', ');
  const plan = input.task.planNumber ? ` · ${t(input.locale, 'line.plan', { plan: escapeHtml(input.task.planNumber) })}` : '';
  const code = escapeHtml(input.task.code);
  return [
    vi ? `<b>🚨 Báo cáo Ban Chỉ đạo: nhiệm vụ ${late}</b>` : `<b>🚨 For the steering committee: task ${late}</b>`,
    taskLine(input.task, input.locale),
    vi ? `Hạn: ${formatDateVi(input.task.due)}${plan}` : `Due: ${formatDateVi(input.task.due)}${plan}`,
    vi ? `Đơn vị chưa hoàn thành: ${units}` : `Units not done: ${units}`,
    // an overdue task held up by a blocker is the committee's to clear: say so, with where to read and clear it (QA15 #6)
    ...(input.units.some((u) => u.blocked)
      ? [vi ? `⚠️ Có vướng mắc chưa gỡ (lý do: /chitiet ${code}).` : `⚠️ A blocker is not cleared (reason: /chitiet ${code}).`]
      : []),
  ].join('\n');
}
