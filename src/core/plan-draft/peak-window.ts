import { readTime } from './read-time.ts';
import type { DraftPhase, DraftTask } from './types.ts';

/**
 * "Thời gian cao điểm bảo đảm an ninh, trật tự dịp Tết trên địa bàn được tính từ ngày 15/12/2026 đến hết ngày 20/02/2027 (…)": a
 * sentence of the preamble that sets the peak's window, which the duties then name ("trong suốt thời gian cao điểm nêu trên"); so
 * does "Đợt cao điểm triển khai trên địa bàn …, từ ngày A đến ngày B, chia làm 03 giai đoạn:" under the plan's time part
 */
const PEAK_WINDOW =
  /(?:^|[.;:]\s+)(?:Thời gian (?:đợt )?cao điểm|Đợt cao điểm(?=\s+(?:được\s+)?(?:triển khai|tổ chức|diễn ra|thực hiện)\s))[^.;:]{0,120}?\s(từ\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}\s+đến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4})/u;
/** work timed by that window: "trong suốt thời gian cao điểm (nêu trên)", "trong thời gian cao điểm" */
const DURING_PEAK = /(?:^|\s)(?:trong|suốt)\s+(?:suốt\s+)?(?:thời gian|đợt)\s+cao điểm(?:\s+nêu trên|\s+này)?(?![\p{L}\d])/iu;
const PEAK_PHASE_NAME = 'Thời gian cao điểm';

/** The peak's window set in a paragraph outside the duties, as a phase; undefined when the paragraph sets none. */
export function readPeakWindow(text: string, code: string, documentDate: string | undefined): DraftPhase | undefined {
  const m = documentDate ? PEAK_WINDOW.exec(text) : null;
  const read = m && documentDate ? readTime(m[1]!, [], { documentDate }).deadline : undefined;
  if (read?.kind !== 'period' || !read.start || !read.due) return undefined;
  const source = text.slice(m!.index).replace(/^[.;:]\s+/u, '');
  return { code, name: PEAK_PHASE_NAME, order: 1, start: read.start, end: read.due, deadline: read, subPeriods: [], source, review: false, reviewNotes: [] };
}

/** A duty with no time of its own run "trong suốt thời gian cao điểm" runs the window the plan set, flagged. */
export function dateByPeakWindow(task: DraftTask, phases: readonly DraftPhase[]): void {
  const peak = phases.find((p) => p.name === PEAK_PHASE_NAME && p.start && p.end);
  const during = peak && !task.deadline ? DURING_PEAK.exec(task.body) : null;
  if (!peak || !during) return;
  const text = during[0].trim();
  task.deadline = { kind: 'period', text, reading: `Theo ${PEAK_PHASE_NAME.toLowerCase()}: ${peak.start} – ${peak.end}.`, start: peak.start, due: peak.end! };
  task.reviewNotes.push(`Thời gian lấy theo thời gian cao điểm kế hoạch nêu (${peak.start} – ${peak.end}); cần kiểm tra.`);
}
