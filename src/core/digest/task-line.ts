/** One task as a line of an HTML digest; all user text escaped. */
import { formatDateVi } from '../time/zone.ts';
import { escapeHtml } from '../text/html.ts';
import type { DigestTask, Locale } from './types.ts';
import { dueText, lastReportText, roleText } from './wording.ts';

export function taskLineHtml(task: DigestTask, now: Date, locale: Locale, options: { showUnit?: boolean } = {}): string {
  const parts = [`• <b>${escapeHtml(task.code)}</b> ${escapeHtml(task.title)}`];
  const details: string[] = [];
  if (options.showUnit) details.push(`${escapeHtml(task.unitName)} (${roleText(task.role, locale)})`);
  else if (task.role === 'support') details.push(roleText(task.role, locale));
  details.push(dueText(task.due, now, locale));
  if (task.percent !== null) details.push(`${task.percent}%`);
  if (task.status === 'awaiting_confirmation' && task.doneReportedAt) {
    details.push(`${locale === 'vi' ? 'báo hoàn thành' : 'reported done'} ${formatDateVi(task.doneReportedAt)}`);
  }
  let line = `${parts[0]} — ${details.join(' · ')}`;
  if (task.status === 'blocked' && task.blockerNote) {
    line += `\n  ⚠️ ${locale === 'vi' ? 'Vướng mắc' : 'Blocker'}: ${escapeHtml(task.blockerNote)}`;
  }
  return line;
}

export function silentTaskLineHtml(task: DigestTask, locale: Locale): string {
  return `• <b>${escapeHtml(task.code)}</b> ${escapeHtml(task.title)} — ${lastReportText(task.lastReportAt, locale)}`;
}
