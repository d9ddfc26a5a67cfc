/** The steering committee's digest: official counts overall and per unit, blockers, silence, phases. */
import { calendarDaysBetween, formatDateTimeVi, formatDateVi } from '../time/zone.ts';
import { escapeHtml } from '../text/html.ts';
import { bucketTasks } from './bucket-tasks.ts';
import { countOfficialBuckets, OFFICIAL_LABEL_EN, OFFICIAL_LABEL_VI, type OfficialCounts, uniqueTasks } from './official-counts.ts';
import { taskLineHtml } from './task-line.ts';
import type { DigestBlocker, DigestPhase, DigestTask, DigestUnit, Locale, SilentUnit } from './types.ts';
import { lastReportText } from './wording.ts';

export interface SteeringDigestInput {
  planNumber: string;
  tasks: readonly DigestTask[];
  units: readonly DigestUnit[];
  phases: readonly DigestPhase[];
  now: Date;
  locale: Locale;
  /** the Friday edition: also lists every overdue task */
  weekly?: boolean;
  newBlockers: readonly DigestBlocker[];
  silentUnits: readonly SilentUnit[];
  silentDays?: number;
}

const ORDER: (keyof OfficialCounts)[] = ['doneOnTime', 'doneLate', 'openOnTime', 'openOverdue'];

function countLines(counts: OfficialCounts, locale: Locale): string[] {
  const labels = locale === 'vi' ? OFFICIAL_LABEL_VI : OFFICIAL_LABEL_EN;
  return ORDER.map((key) => `• ${labels[key]}: ${counts[key]}`);
}

/** Fixed-width table; unit codes are short (CATP, CAP5) so it fits a phone screen. */
function unitTable(input: SteeringDigestInput, perUnit: ReturnType<typeof countOfficialBuckets>['perUnit']): string[] {
  const vi = input.locale === 'vi';
  const rows = input.units.map((unit) => {
    const counts = perUnit.find((u) => u.unitCode === unit.code)?.counts;
    return [unit.code, ...(counts ? [counts.total, counts.doneOnTime, counts.doneLate, counts.openOnTime, counts.openOverdue] : [0, 0, 0, 0, 0])].map(String);
  });
  const header = vi ? ['Đơn vị', 'Tổng', 'ĐH', 'QH', 'TH', 'Trễ'] : ['Unit', 'All', 'OnT', 'Late', 'Open', 'Ovd'];
  const width = Math.max(header[0]!.length, ...rows.map((r) => r[0]!.length));
  const format = (row: string[]) => [row[0]!.padEnd(width), ...row.slice(1).map((c, i) => c.padStart(Math.max(header[i + 1]!.length, 3)))].join(' ');
  const legend = vi
    ? 'ĐH: hoàn thành đúng hạn · QH: hoàn thành quá hạn · TH: chưa hoàn thành trong hạn · Trễ: chưa hoàn thành quá hạn'
    : 'OnT: done on time · Late: done late · Open: not done, on time · Ovd: not done, overdue';
  return [`<pre>${escapeHtml([format(header), ...rows.map(format)].join('\n'))}</pre>`, `<i>${legend}</i>`];
}

function phaseLines(phases: readonly DigestPhase[], now: Date, locale: Locale): string[] {
  const vi = locale === 'vi';
  return phases
    .filter((p) => p.end.getTime() >= now.getTime())
    .map((p) => {
      const left = calendarDaysBetween(now, p.end);
      const remaining = left === 0 ? (vi ? 'kết thúc hôm nay' : 'ends today') : vi ? `còn ${left} ngày` : `${left} ${left === 1 ? 'day' : 'days'} left`;
      const current = p.start && p.start.getTime() <= now.getTime() ? (vi ? ' — đang thực hiện' : ' — current') : '';
      return `• ${escapeHtml(p.name)}: ${remaining} (${vi ? 'đến' : 'until'} ${formatDateVi(p.end)})${current}`;
    });
}

export function composeSteeringDigest(input: SteeringDigestInput): string {
  const { tasks, now, locale } = input;
  const vi = locale === 'vi';
  const silentDays = input.silentDays ?? 7;
  const { overall, perUnit } = countOfficialBuckets(tasks, now);
  const kind = input.weekly ? (vi ? 'Tổng hợp tuần' : 'Weekly summary') : vi ? 'Tổng hợp ngày' : 'Daily summary';
  const plan = vi ? `Kế hoạch số ${escapeHtml(input.planNumber)}` : `Plan No. ${escapeHtml(input.planNumber)}`;
  const lines = [`📊 <b>${kind} — ${plan} — ${formatDateVi(now)}</b>`, ''];

  lines.push(`<b>${vi ? 'Toàn kế hoạch' : 'Whole plan'}: ${overall.total} ${vi ? 'nhiệm vụ' : 'tasks'}</b>`, ...countLines(overall, locale));
  lines.push('', `<b>${vi ? 'Theo đơn vị' : 'By unit'}</b>`, ...unitTable(input, perUnit));

  const phases = phaseLines(input.phases, now, locale);
  if (phases.length > 0) lines.push('', `⏳ <b>${vi ? 'Tiến độ giai đoạn' : 'Phases'}</b>`, ...phases);

  if (input.newBlockers.length > 0) {
    lines.push('', `⚠️ <b>${vi ? 'Vướng mắc mới' : 'New blockers'} (${input.newBlockers.length})</b>`);
    for (const b of input.newBlockers) {
      lines.push(`• <b>${escapeHtml(b.code)}</b> ${escapeHtml(b.title)} — ${escapeHtml(b.unitName)} (${formatDateTimeVi(b.at)}): ${escapeHtml(b.note)}`);
    }
  }

  if (input.silentUnits.length > 0) {
    const heading = vi ? `Đơn vị chưa báo cáo trong ${silentDays} ngày` : `Units silent for ${silentDays} days`;
    lines.push('', `🔕 <b>${heading} (${input.silentUnits.length})</b>`);
    for (const u of input.silentUnits) lines.push(`• ${escapeHtml(u.unitName)} — ${lastReportText(u.lastReportAt, locale)}`);
  }

  if (input.weekly) {
    const overdue = bucketTasks(uniqueTasks(tasks), now).lists.overdue;
    if (overdue.length > 0) {
      lines.push('', `🔴 <b>${vi ? 'Nhiệm vụ quá hạn' : 'Overdue tasks'} (${overdue.length})</b>`);
      for (const task of overdue) lines.push(taskLineHtml(task, now, locale, { showUnit: true }));
    }
  }
  return lines.join('\n');
}
