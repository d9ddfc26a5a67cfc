/**
 * Section I's lines on recurring duties in a period's report: which periods each duty was judged by, the
 * verdict of each and, for a missed one, the units that owe it. The text /baocao and the .docx (II.1)
 * write the same lines.
 */
import { roleText } from '../digest/wording.ts';
import type { Locale } from '../model/records.ts';
import { dueDistanceText } from '../status/days-to-due.ts';
import { periodLabel } from '../time/period-label.ts';
import { formatDateVi } from '../time/zone.ts';
import type { RecurringItem } from './build-report-model.ts';
import type { JudgedOccurrence } from './judge-in-period.ts';

const VERDICT_VI: Record<JudgedOccurrence['verdict'], string> = {
  done_on_time: 'hoàn thành đúng hạn',
  done_late: 'hoàn thành quá hạn',
  awaiting_on_time: 'đã báo hoàn thành đúng hạn, chờ xác nhận',
  awaiting_late: 'đã báo hoàn thành quá hạn, chờ xác nhận',
  open_on_time: 'chưa hoàn thành, trong hạn',
  open_overdue: 'chưa hoàn thành, quá hạn',
};
const VERDICT_EN: Record<JudgedOccurrence['verdict'], string> = {
  done_on_time: 'done on time',
  done_late: 'done late',
  awaiting_on_time: 'reported done on time, awaiting confirmation',
  awaiting_late: 'reported done late, awaiting confirmation',
  open_on_time: 'not done, on time',
  open_overdue: 'not done, overdue',
};

/** " (chưa báo: Công an thành phố Trà Vinh (phối hợp); Công an Phường 5 (chủ trì) báo 25/04/2023)": whose occurrence is missing. */
function unitsText(o: JudgedOccurrence, vi: boolean): string {
  if (!o.units) return '';
  const named = (u: { name: string; role: 'lead' | 'support' }) => `${u.name} (${roleText(u.role, vi ? 'vi' : 'en')})`;
  const owing = o.units.filter((u) => u.reportedAt === null).map(named);
  const reported = o.units.flatMap((u) => (u.reportedAt ? [`${named(u)} ${vi ? 'báo' : 'reported'} ${formatDateVi(u.reportedAt)}`] : []));
  return ` (${[`${vi ? 'chưa báo' : 'not reported by'}: ${owing.join(', ')}`, ...reported].join('; ')})`;
}

/** "tháng 03/2023 (hạn 19/03/2023): hoàn thành quá hạn, báo 21/03/2023" */
function occurrenceText(o: JudgedOccurrence, now: Date, locale: Locale): string {
  const vi = locale === 'vi';
  const head = `${periodLabel(o.key, locale)} (${vi ? 'hạn' : 'due'} ${formatDateVi(o.due)})`;
  if (o.reportedAt) return `${head}: ${(vi ? VERDICT_VI : VERDICT_EN)[o.verdict]}, ${vi ? 'báo' : 'reported'} ${formatDateVi(o.reportedAt)}`;
  // "chưa hoàn thành, quá hạn 33 ngày": counted as every list counts it
  if (o.verdict === 'open_overdue') return `${head}: ${vi ? 'chưa hoàn thành' : 'not done'}, ${dueDistanceText(o.due, now, locale)}${unitsText(o, vi)}`;
  return `${head}: ${(vi ? VERDICT_VI : VERDICT_EN)[o.verdict]}`;
}

/** Which periods each recurring duty was judged by, with the verdict of each: the counts above read these. */
export function recurringLines(items: readonly RecurringItem[], now: Date, vi: boolean): string[] {
  if (items.length === 0) return [];
  const locale: Locale = vi ? 'vi' : 'en';
  return [
    vi ? 'Nhiệm vụ định kỳ được tính theo các kỳ đến hạn trong kỳ báo cáo:' : 'Recurring duties are counted by their periods due within the report period:',
    ...items.map((item) => `- [${item.code}] ${item.title}: ${item.occurrences.map((o) => occurrenceText(o, now, locale)).join('; ')}.`),
  ];
}
