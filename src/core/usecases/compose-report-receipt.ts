import { undoPayload } from '../actions/action-payload.ts';
import { t } from '../i18n/translate.ts';
import type { OutgoingMessage } from '../model/outgoing.ts';
import type { Locale, ReportRecord, Role, TaskRecord } from '../model/records.ts';
import { excerpt } from '../text/excerpt.ts';
import { percentText } from '../digest/wording.ts';
import { statusLabel } from './status-label.ts';

/** Longest quote of the unit's words in a receipt; the whole text is in the report and /chitiet. */
export const RECEIPT_QUOTE_MAX = 160;

/**
 * The receipt of a unit's report: "Đã ghi nhận (P5-01): <trạng thái> <%>", the unit's own words
 * labelled as theirs ("Nội dung đã ghi: “…”", as the steering group's "Lời báo của đơn vị: “…”"),
 * never bare under the bot's name, then what happens next and the undo (button, or the typed form
 * where the chat has no buttons; valid 10 minutes).
 */
export function composeReportReceipt(input: {
  report: ReportRecord;
  task: TaskRecord;
  role: Role;
  locale: Locale;
  buttons: boolean;
  /** a recurring duty's period the "done" was credited to ("tháng 06/2023"), named beside the code */
  period?: string;
  /** the overdue periods the unit still owes after this "done" ("tháng 04/2023"): its part is not done */
  stillOwed?: readonly string[];
}): OutgoingMessage {
  const { report, task, role, locale } = input;
  const code = input.period ? `${task.code}, ${input.period}` : task.code;
  // the percent as every view writes it (none for a done), outside the bold status
  const details = report.status === 'done' ? '' : percentText(report.percent);
  const lines = [t(locale, 'report.recorded', { code, status: statusLabel(report.status, locale), details })];
  if (report.note) lines.push(t(locale, 'report.note_echo', { note: excerpt(report.note, RECEIPT_QUOTE_MAX) }));
  const owing = report.status === 'done' && input.stillOwed?.length ? input.stillOwed.join(', ') : null;
  if (report.status === 'done' && role === 'lead') lines.push(t(locale, 'report.awaiting'));
  if (report.status === 'done' && role !== 'lead')
    lines.push(owing ? t(locale, 'report.support_recorded_owing', { periods: owing }) : t(locale, 'report.support_done'));
  else if (owing) lines.push(t(locale, 'report.still_owed', { periods: owing }));
  if (report.status === 'blocked' && !report.note) lines.push(t(locale, 'report.blocked_hint', { code: task.code }));
  lines.push(t(locale, input.buttons ? 'report.undo_hint' : 'report.undo_hint_typed'));
  return { html: lines.join('\n'), buttons: [[{ text: t(locale, 'button.undo'), data: undoPayload(report.id), fallback: `/hoantac ${task.code}` }]] };
}
