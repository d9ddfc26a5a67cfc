import { foldVietnamese } from '../text/fold.ts';
import { onlyPeriod } from './classify-node.ts';
import { capitalizeFirst, foldSameLength } from './clean-text.ts';
import { readTime } from './read-time.ts';
import { restateStartEnd } from './start-end-span.ts';
import { isEventStatement } from './countdown.ts';
import type { DraftPhase } from './types.ts';
import { readPeakWindow } from './peak-window.ts';

/**
 * The period of the document itself, written as a sentence of its own: "Kế hoạch được thực hiện từ
 * ngày ký đến hết ngày 31/12/2025", "Thời gian thực hiện chính sách: từ ngày 01/01/2025 đến hết ngày
 * 31/12/2027", "Chương trình triển khai trong năm 2025". It becomes a phase, not a task.
 */
const SUBJECT = '(?:ke hoach|chuong trinh|de an|phuong an|chinh sach|nghi quyet|quyet dinh|chi thi)(?: nay)?';
const PLAN_PERIOD = new RegExp(
  // "Kế hoạch thực hiện trên địa bàn 9 huyện từ ngày …": where it applies may come before its span
  `^(?:thoi gian (?:thuc hien|trien khai|ap dung) ${SUBJECT}\\s*:|thoi gian (?:dot )?(?:cao diem|chien dich)\\s*:|${SUBJECT} (?:duoc )?(?:thuc hien|trien khai|ap dung|co hieu luc thuc hien) (?:(?:tren (?:dia ban|pham vi)|tai) [^;:.]{1,80}? )?(?:tu|trong|den))`,
);

/** "… Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động thực hiện trong giai đoạn 2026 - 2030 như sau:" in the preamble */
const ISSUED_FOR = /(?:ban hanh|xay dung) (?:ke hoach|chuong trinh(?: hanh dong)?)(?: nay)? (?:duoc )?(?:thuc hien|trien khai) (?=trong|tu|giai doan)/;

/**
 * The document's period and a peak stated after it on the same line ("Kế hoạch thực hiện … từ A đến B; cao điểm chống rét từ C
 * đến D"): both are phases.
 */
export function readPlanPeriods(text: string, code: (n: number) => string, documentDate: string | undefined): DraftPhase[] {
  const inner = documentDate ? INNER_PEAK.exec(text) : null;
  const first = readPlanPeriod(inner ? text.slice(0, inner.index) : text, code(0), documentDate);
  if (!first || !inner || !documentDate) return first ? [first] : [];
  const second = readPeriodLine(capitalizeFirst(inner[1]!.replace(/[.;]\s*$/, '')), code(1), documentDate);
  return second && second.name !== 'Thời gian thực hiện' ? [first, second] : [first];
}

function readPlanPeriod(text: string, code: string, documentDate: string | undefined): DraftPhase | undefined {
  const folded = foldVietnamese(text.replace(/^(?:\d{1,2}\.|[a-zđ]\)|[-–+•])\s*/u, ''));
  if (!documentDate) return undefined;
  const issued = PLAN_PERIOD.test(folded) ? undefined : ISSUED_FOR.exec(foldSameLength(text));
  if (!PLAN_PERIOD.test(folded) && !issued) return undefined;
  // in a preamble only the clause after "ban hành Chương trình … thực hiện" is the period (the dates before it are history)
  const clause = issued ? text.slice(issued.index + issued[0].length).split(/\s+như sau|[,;:.](?:\s|$)/u)[0]! : text;
  const read = readTime(clause, [], { documentDate }).deadline;
  if (issued && (read?.kind !== 'period' || !read.start)) return undefined;
  if (!read?.due || read.kind === 'recurrence') return undefined;
  const fromSigning = /tu (?:ngay )?(?:ky|ban hanh)/.test(folded);
  const phase: DraftPhase = {
    code,
    name: 'Thời gian thực hiện',
    order: 1,
    end: read.due,
    deadline: read,
    subPeriods: [],
    source: text,
    review: false,
    reviewNotes: [],
  };
  if (read.start && !fromSigning) phase.start = read.start;
  else {
    phase.start = documentDate;
    phase.reviewNotes.push('Ngày bắt đầu lấy theo ngày ban hành văn bản.');
  }
  phase.review = phase.reviewNotes.length > 0;
  return phase;
}

/**
 * Under a "THỜI GIAN …" heading, a line that is only a period — "Tiêm vét: từ ngày 14/4/2025 đến
 * ngày 16/4/2025." or "Từ ngày 01/7/2025 đến hết ngày 31/7/2025." — is a phase of the plan, named by
 * its label (or "Thời gian thực hiện"), never a task.
 */
export function readPeriodLine(written: string, code: string, documentDate: string): DraftPhase | undefined {
  const text = restateStartEnd(written);
  const staged = STAGE_WITH_SPAN.exec(text);
  if (staged) return readPeriodLine(`${staged[1]}: ${staged[2]}`, code, documentDate);
  const labelled = /^([^:;]{2,60}):\s*(\S.*)$/u.exec(text);
  const named = labelled ? undefined : NAMED_SPAN.exec(text);
  // "Tháng Thanh niên năm 2028: đợt cao điểm từ ngày … đến hết ngày …": the label names the phase, the span's own name is dropped
  const rest = periodClause(labelled ? labelled[2]!.replace(NAMED_SPAN, '') : named ? text.slice(named[0].length) : text);
  if (!onlyPeriod(rest)) return undefined;
  const read = readTime(rest, [], { documentDate }).deadline;
  if (read?.kind !== 'period' || !read.start || !read.due) return undefined;
  return {
    code,
    name: labelled ? capitalizeFirst(labelled[1]!.trim()) : named ? capitalizeFirst(named[1]!.trim()) : 'Thời gian thực hiện',
    order: 1,
    start: read.start,
    end: read.due,
    deadline: read,
    subPeriods: [],
    source: written,
    review: false,
    reviewNotes: [],
  };
}

/**
 * "Đợt cao điểm được tổ chức từ …", "Chiến dịch diễn ra từ …", "Mùa mưa năm 2024 được xác định từ …", "Thu hoạch dự
 * kiến từ …", "thời kỳ cao điểm từ …": the campaign, season or crop window named, then its span; the name is the phase's
 */
const NAMED_SPAN =
  /^((?:đợt|chiến dịch|tuần lễ|tháng|cao điểm|chương trình|cuộc|hội thi|phong trào|tổng điều tra|điều tra|mùa|thời kỳ|vụ|thu hoạch|xuống giống|gieo sạ|gieo cấy|năm học|học kỳ|khóa học)(?:\s[^\s;:()]+){0,10}?)\s+(?:(?:được\s+)?(?:xác định|tính|dự kiến|tổ chức|diễn ra|triển khai|thực hiện|tiến hành|kéo dài)\s+)?(?=từ\s)/iu;

/**
 * "Trước Tháng hành động (từ ngày 15/4 đến ngày 30/4/2029): tuyên truyền, chuẩn bị lực lượng.", "Sau Tháng hành động (từ … đến …):
 * tổng kết": under the time part, a stage of the campaign named with its span in brackets, then what it is for: the stage is a
 * phase (its activities are the units' duties, assigned elsewhere)
 */
const STAGE_WITH_SPAN = /^((?:trước|trong|sau)\s[^:;()]{2,60}?)\s*\((từ\s[^()]{4,60}?\sđến\s[^()]{4,40}?)\)\s*:\s*\p{Ll}[^\d;]*$/iu;

/** "…; trong đó thời kỳ cao điểm từ C đến D", "…; cao điểm từ C đến D" after a span: the peak it holds */
const INNER_PEAK = /(?:(?:[,;]\s*|\s+)trong đó\s+|[,;]\s*(?:tập trung\s+)?(?=cao điểm\s))(\S.*)$/iu;

/**
 * A period line and the one it holds after "trong đó" ("Mùa mưa … từ A đến B; trong đó thời kỳ cao điểm từ C đến D"):
 * the season and its peak are both phases.
 */
export function readPeriodLines(text: string, code: (n: number) => string, documentDate: string): DraftPhase[] {
  // "… triển khai thành 02 đợt: Đợt 1 từ A đến B; Đợt 2 từ C đến D.": each round listed after the colon is a phase of its own
  const listed = /:\s*(\S.*)$/u.exec(text)?.[1]?.split(/;\s*/u) ?? [];
  const rounds = listed.length > 1 ? listed.map((p, i) => readPeriodLine(capitalizeFirst(p.replace(/[.;]\s*$/u, '')), code(i), documentDate)) : [];
  if (rounds.length > 1 && rounds.every((r) => r !== undefined && r.name !== 'Thời gian thực hiện')) return rounds as DraftPhase[];
  const first = readPeriodLine(text, code(0), documentDate);
  if (!first) return [readPeakWindow(text, code(0), documentDate)].filter((p) => p !== undefined);
  // "Từ tháng 3/2027 đến hết tháng 12/2027; cao điểm trong mùa mưa từ tháng 6 đến tháng 10/2027": the peak after the span
  const innerText = INNER_PEAK.exec(text)?.[1];
  const second = innerText ? readPeriodLine(capitalizeFirst(innerText.replace(/[.;]\s*$/, '')), code(1), documentDate) : undefined;
  return second && second.name !== 'Thời gian thực hiện' ? [first, second] : [first];
}

/**
 * "Triển khai từ ngày … đến ngày …, chia làm 02 đợt cao điểm:", "Từ tháng 3/2026 đến hết tháng 10/2026; phấn đấu hoàn thành …
 * trước ngày …": the period, then the rounds it holds or the aim restated from the duties; only the period is read.
 */
function periodClause(text: string): string {
  const period = text.replace(/^(?:được\s+)?(?:triển khai|thực hiện|tổ chức thực hiện|tiến hành)\s+(?=từ\s)/iu, '');
  const m = /^(.+?)(?:(?:[,;]\s*|\s+)(?:trong đó|chia (?:làm|thành)|gồm|phấn đấu)(?=\s)|[,;]\s*(?:tập trung\s+)?cao điểm\s)/iu.exec(period);
  const clause = m ? m[1]! : period;
  // "từ … đến …; Lễ phát động … tổ chức vào sáng ngày D tại …": the event opening the span is stated after it, not part of it
  const semicolon = clause.indexOf(';');
  return semicolon > 0 && isEventStatement(clause.slice(semicolon + 1).trim()) ? clause.slice(0, semicolon) : clause;
}
