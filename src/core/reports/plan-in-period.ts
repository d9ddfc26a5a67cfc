import { formatDateVi } from '../time/zone.ts';
import type { Locale } from '../model/records.ts';
import type { ReportPeriod } from './parse-period.ts';

/** A plan issued after the period ended has nothing to report for it: a report covers only its period. */
export function issuedAfterPeriod(plan: { issueDate: Date }, period: ReportPeriod): boolean {
  return plan.issueDate.getTime() > period.to.getTime();
}

/** "Kế hoạch số 46/KH-BCĐ ban hành ngày 10/03/2023, sau tháng 02/2023: không có trong báo cáo kỳ này." */
export function issuedAfterPeriodText(plan: { number: string; issueDate: Date }, periodLabel: string, locale: Locale): string {
  return locale === 'vi'
    ? `Kế hoạch số ${plan.number} ban hành ngày ${formatDateVi(plan.issueDate)}, sau ${periodLabel}: không có trong báo cáo kỳ này.`
    : `Plan No. ${plan.number} was issued on ${formatDateVi(plan.issueDate)}, after ${periodLabel}: it is not in this period's report.`;
}
