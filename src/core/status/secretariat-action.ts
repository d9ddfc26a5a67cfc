/**
 * What a report the secretariat wrote did. Confirming, returning and resolving a blocker are stored as
 * reports on the unit's part (channel 'secretariat': done, or in progress with the reason), so a view
 * that printed them as the unit's own "Đang thực hiện — <lý do>" would put the secretariat's words in
 * the unit's mouth. Every view that lists reports names them by this instead.
 */
import type { Locale, ReportRecord } from '../model/records.ts';

export type SecretariatAction = 'confirmed' | 'returned' | 'resolved' | 'other';

/**
 * The action of a secretariat report, or null for a unit's own. An in-progress one answers the unit's
 * report before it: its "done" was returned, its "vướng mắc" resolved. `reports` is the task's history
 * (any order); when the report before is not in it the action is 'other'.
 */
export function secretariatActionOf(report: ReportRecord, reports: readonly ReportRecord[]): SecretariatAction | null {
  if (report.channel !== 'secretariat') return null;
  if (report.status === 'done') return 'confirmed';
  const retracted = new Set(reports.flatMap((r) => (r.retractsReportId === null ? [] : [r.retractsReportId])));
  const before = reports
    .filter((r) => r.unitId === report.unitId && r.retractsReportId === null && !retracted.has(r.id) && isBefore(r, report))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)[0];
  if (before?.status === 'done') return 'returned';
  if (before?.status === 'blocked') return 'resolved';
  return 'other';
}

function isBefore(a: ReportRecord, b: ReportRecord): boolean {
  return a.createdAt.getTime() < b.createdAt.getTime() || (a.createdAt.getTime() === b.createdAt.getTime() && a.id < b.id);
}

const ACTION_VI: Record<SecretariatAction, string> = {
  confirmed: 'Thường trực BCĐ xác nhận hoàn thành',
  returned: 'Thường trực BCĐ trả lại',
  resolved: 'Thường trực BCĐ gỡ vướng mắc',
  other: 'Thường trực BCĐ ghi nhận',
};

const ACTION_EN: Record<SecretariatAction, string> = {
  confirmed: 'Completion confirmed by the steering secretariat',
  returned: 'Returned by the steering secretariat',
  resolved: 'Blocker resolved by the steering secretariat',
  other: 'Noted by the steering secretariat',
};

const VERB_VI: Record<SecretariatAction, string> = {
  confirmed: 'xác nhận hoàn thành',
  returned: 'trả lại',
  resolved: 'gỡ vướng mắc',
  other: 'ghi nhận',
};

const VERB_EN: Record<SecretariatAction, string> = {
  confirmed: 'confirmed completion',
  returned: 'returned it',
  resolved: 'resolved the blocker',
  other: 'noted it',
};

/** What the secretariat did, as a verb after the person who did it ("Thư ký Lan … trả lại"). */
export function secretariatVerb(action: SecretariatAction, locale: Locale): string {
  return (locale === 'en' ? VERB_EN : VERB_VI)[action];
}

/** Plain text, e.g. "Thường trực BCĐ trả lại: chưa có biên bản"; the caller escapes it for marks. */
export function secretariatActionText(action: SecretariatAction, note: string | null, locale: Locale): string {
  const label = (locale === 'en' ? ACTION_EN : ACTION_VI)[action];
  return note ? `${label}: ${note}` : label;
}
