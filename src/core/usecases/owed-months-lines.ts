/**
 * /chitiet's status of a recurring duty behind on several periods: a line per overdue period, naming each
 * unit that owes it (and the lead's late "done" awaiting confirmation), from overdueMonthsOf, the list
 * /quahan and /baocao section III read too. One period is already named by the due line above it.
 */
import { roleText } from '../digest/wording.ts';
import { t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import { overdueLateText } from '../status/overdue-open.ts';
import { overdueMonthsOf } from '../status/overdue-periods.ts';
import { periodLabel } from '../time/period-label.ts';
import { formatDateVi } from '../time/zone.ts';

export function owedMonthsLines(view: TaskView, now: Date, locale: Locale): string[] {
  const months = overdueMonthsOf(view, now);
  if (months.length < 2) return [];
  return [
    t(locale, 'detail.owed_months'),
    ...months.map((month) =>
      t(locale, 'detail.owed_month', {
        period: periodLabel(month.occurrence, locale),
        date: formatDateVi(month.due),
        units: month.periods
          .map(({ part, state, awaitingDoneAt }) => {
            const late = overdueLateText({ state, doneReportedAt: awaitingDoneAt }, month.due, now, locale);
            return `${part?.assignment.unitName ?? ''} (${roleText(part?.role ?? 'lead', locale)}) — ${late}`;
          })
          .join('; '),
      }),
    ),
  ];
}
