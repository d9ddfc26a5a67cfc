import { foldVietnamese } from '../text/fold.ts';
import { onlyPeriod } from './classify-node.ts';
import { capitalizeFirst } from './clean-text.ts';
import { readTime } from './read-time.ts';
import type { DraftPhase } from './types.ts';

/**
 * The period of the document itself, written as a sentence of its own: "Kế hoạch được thực hiện từ
 * ngày ký đến hết ngày 31/12/2025", "Thời gian thực hiện chính sách: từ ngày 01/01/2025 đến hết ngày
 * 31/12/2027", "Chương trình triển khai trong năm 2025". It becomes a phase, not a task.
 */
const SUBJECT = '(?:ke hoach|chuong trinh|de an|phuong an|chinh sach|nghi quyet|quyet dinh|chi thi)(?: nay)?';
const PLAN_PERIOD = new RegExp(
  `^(?:thoi gian (?:thuc hien|trien khai|ap dung) ${SUBJECT}\\s*:|${SUBJECT} (?:duoc )?(?:thuc hien|trien khai|ap dung|co hieu luc thuc hien) (?:tu|trong|den))`,
);

export function readPlanPeriod(text: string, code: string, documentDate: string | undefined): DraftPhase | undefined {
  const folded = foldVietnamese(text.replace(/^(?:\d{1,2}\.|[a-zđ]\)|[-–+•])\s*/u, ''));
  if (!documentDate || !PLAN_PERIOD.test(folded)) return undefined;
  const read = readTime(text, [], { documentDate }).deadline;
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
export function readPeriodLine(text: string, code: string, documentDate: string): DraftPhase | undefined {
  const labelled = /^([^:;]{2,60}):\s*(\S.*)$/u.exec(text);
  const rest = labelled ? labelled[2]! : text;
  if (!onlyPeriod(rest)) return undefined;
  const read = readTime(rest, [], { documentDate }).deadline;
  if (read?.kind !== 'period' || !read.start || !read.due) return undefined;
  return {
    code,
    name: labelled ? capitalizeFirst(labelled[1]!.trim()) : 'Thời gian thực hiện',
    order: 1,
    start: read.start,
    end: read.due,
    deadline: read,
    subPeriods: [],
    source: text,
    review: false,
    reviewNotes: [],
  };
}
