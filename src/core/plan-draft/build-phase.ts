import { addDays, dateKey, parseDateKey } from '../time/local-date.ts';
import { findDeadline } from '../deadline/parse-deadline.ts';
import { cutAtWord } from './clean-text.ts';
import type { PhaseLabel } from './classify-node.ts';
import { findPeakClause, toDraftDeadline } from './read-draft-deadline.ts';
import { readTime } from './read-time.ts';
import { restateStartEnd } from './start-end-span.ts';
import type { DraftPhase, DraftTask } from './types.ts';

const START = /(?:bắt đầu|khởi động|từ)\s+(?:từ\s+)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu;

export function buildPhase(label: PhaseLabel, source: string, task: DraftTask, previous: DraftPhase | undefined, documentDate?: string): DraftPhase {
  const phase: DraftPhase = { code: label.code, name: label.name, order: label.order, subPeriods: [], source, review: false, reviewNotes: [] };
  // "Học kỳ II bắt đầu … A, khép lại vào … B": the span the line states is the phase's, whatever day the task was given
  const restated = restateStartEnd(source);
  const span = restated !== source && documentDate ? readTime(restated, [], { documentDate }).deadline : undefined;
  const d = span?.kind === 'period' && span.start && span.due ? span : task.deadline;
  if (d) phase.deadline = d;
  if (d?.due) phase.end = d.due;
  const written = START.exec(source);
  if (d?.start) phase.start = d.start;
  else if (written) phase.start = `${written[3]}-${written[2]!.padStart(2, '0')}-${written[1]!.padStart(2, '0')}`;
  else {
    const prevEnd = previous?.end ? parseDateKey(previous.end) : null;
    const start = prevEnd ? dateKey(addDays(prevEnd, 1)) : documentDate;
    if (start) {
      phase.start = start;
      phase.reviewNotes.push(previous ? 'Ngày bắt đầu lấy ngay sau khi giai đoạn trước kết thúc.' : 'Ngày bắt đầu lấy theo ngày ban hành kế hoạch.');
    }
  }
  if (!phase.end) phase.reviewNotes.push('Không đọc được thời hạn của giai đoạn.');
  if (d?.approximate) phase.reviewNotes.push('Thời hạn giai đoạn là gần đúng.');
  phase.review = phase.reviewNotes.length > 0;
  return phase;
}

/** "(trong đó chỉ đạo cao điểm …; thời gian khoảng 3 tháng)": a peak task and sub-period inside the phase. */
export function buildPeak(text: string, phase: DraftPhase, task: DraftTask, code: string, documentDate: string): DraftTask | undefined {
  const peak = findPeakClause(text);
  if (!peak) return undefined;
  const anchor = phase.start ?? documentDate;
  const reading = toDraftDeadline(findDeadline(text.slice(peak.start, peak.end), { documentDate, anchor }));
  const peakTask: DraftTask = {
    ...task,
    code,
    title: cutAtWord(peak.name, 120),
    body: text.slice(peak.start, peak.end),
    source: text,
    support: [...task.support],
    reviewNotes: ['Đợt cao điểm nằm trong giai đoạn; thời gian ghi "khoảng", cần xác định ngày cụ thể.'],
  };
  if (reading) peakTask.deadline = { ...reading, approximate: true };
  else delete peakTask.deadline;
  if (reading?.start && reading.due) {
    phase.subPeriods.push({
      code: `${phase.code}_CD`,
      name: cutAtWord(peak.name, 120),
      start: reading.start,
      end: reading.due,
      approximate: true,
      review: true,
      reviewNotes: ['Thời gian cao điểm là "khoảng"; cần xác định ngày cụ thể.'],
    });
  }
  return peakTask;
}

/**
 * "…; bắt đầu từ ngày 01/12/2027", "… cao điểm từ đêm 30 Tết đến hết mùng 3 Tết": a duty under a phase that states its own start
 * or span (even one not read as dates) is not due when the phase ends; nor one kept up through a longer span ("…, duy trì suốt Tháng
 * Thanh niên" under its first week).
 */
export function statesOwnSpan(text: string): boolean {
  return /(?:bắt đầu|kể)\s+từ(?!\p{L})|(?:^|[\s,;])từ\s+(?:ngày|đêm|mùng)\s|(?:duy trì|kéo dài)\s+(?:trong\s+)?suốt\s/iu.test(text);
}
