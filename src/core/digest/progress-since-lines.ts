/**
 * The steering digest's "what moved since the last one": the units' progress reports received after the previous
 * digest that no other section shows (a "done" awaiting confirmation has its section, a blocker its own, marked 🆕),
 * so the committee reads each day's news without opening every task. A finished part is news too (QA15 #7: a
 * confirmed "done" and a supporting unit's finished part were in no section). Newest first; cut to a glance.
 */
import { escapeHtml } from '../text/html.ts';
import { formatDateTimeVi } from '../time/zone.ts';
import type { DigestTask, Locale } from './types.ts';
import { partStateLabel, percentText, roleText } from './wording.ts';

/** A digest is read on a phone: past this many reports the rest are counted, and /chitiet shows any one in full. */
export const PROGRESS_LINES_MAX = 12;

/** `parts`: every unit's part of every task (allPartRows), as the digest's unit table counts them */
export function progressSinceLines(parts: readonly DigestTask[], since: Date, locale: Locale): string[] {
  const vi = locale === 'vi';
  const rows = parts
    .filter((row) => row.lastReportAt !== null && row.lastReportAt.getTime() > since.getTime())
    .filter((row) => row.state !== 'awaiting_confirmation' && row.state !== 'blocked')
    .sort((a, b) => b.lastReportAt!.getTime() - a.lastReportAt!.getTime() || a.code.localeCompare(b.code, 'vi', { numeric: true }));
  if (rows.length === 0) return [];
  const lines = ['', `📝 <b>${vi ? 'Báo cáo tiến độ mới' : 'New progress reports'} (${rows.length})</b>`];
  for (const row of rows.slice(0, PROGRESS_LINES_MAX)) {
    const unit = `${escapeHtml(row.unitShortName)} (${roleText(row.role, locale)})`;
    const state = `${partStateLabel(row, locale)}${percentText(row.percent)}`;
    const at = `${vi ? 'báo lúc' : 'reported'} ${formatDateTimeVi(row.lastReportAt!)}`;
    lines.push(`• <b>${escapeHtml(row.code)}</b> ${escapeHtml(row.title)} — ${unit}: ${state}, ${at}`);
  }
  const more = rows.length - PROGRESS_LINES_MAX;
  if (more > 0) lines.push(vi ? `… và ${more} báo cáo khác.` : `… and ${more} more.`);
  lines.push(vi ? '<i>Xem đầy đủ một nhiệm vụ bằng /chitiet &lt;mã&gt;.</i>' : '<i>See a task in full with /chitiet &lt;code&gt;.</i>');
  return lines;
}
