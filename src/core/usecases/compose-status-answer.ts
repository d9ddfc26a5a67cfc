import { partRow, taskRow } from '../digest/digest-rows.ts';
import { dueText, partStateLabel, percentText, reportedDueText } from '../digest/wording.ts';
import { html, t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import { partOf, type TaskView } from '../status/derive-task-state.ts';
import { reportedTimeliness } from '../status/reported-timeliness.ts';
import { periodLabel } from '../time/period-label.ts';

/**
 * "xong chưa anh?" replied to a task message: the asking unit's part (the whole task elsewhere) in one
 * line, with the deadline and lateness its /nhiemvu line shows, so the answer never says "Đang thực
 * hiện" of a task the list calls "quá hạn".
 */
export function composeStatusAnswer(view: TaskView, unitId: number | null, now: Date, locale: Locale): string {
  const part = unitId === null ? null : partOf(view, unitId);
  const row = part ? partRow(view, part) : taskRow(view);
  const judged = reportedTimeliness(row);
  // a recurring duty reported done names the occurrence that "done" settled, judged by its due date
  const occurrence = judged ? judged.occurrence : row.occurrence;
  return t(locale, 'reply.question', {
    code: row.code,
    period: occurrence ? t(locale, 'task.occurrence', { period: periodLabel(occurrence, locale) }) : '',
    status: partStateLabel(row, locale),
    percent: percentText(row.percent),
    due: html(judged ? reportedDueText(judged.due, judged, locale) : dueText(row.due, now, locale)),
  });
}
