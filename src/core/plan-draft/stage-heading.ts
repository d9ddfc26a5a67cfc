import { foldVietnamese } from '../text/fold.ts';
import type { DeadlineContext } from '../deadline/types.ts';
import { isHeading } from './classify-node.ts';
import type { OutlineNode } from './outline.ts';
import { readTime } from './read-time.ts';
import type { DraftDeadline, DraftPhase } from './types.ts';

/** "NHIỆM VỤ TRƯỚC MÙA MƯA BÃO (từ ngày 10/4 đến ngày 30/6/2024)": a name with no number, then only its span in brackets */
const NAME_AND_SPAN = /^([^()\d]{3,80}?)\s*\(([^()]+)\)\s*:?\s*$/u;
const TIME_WORDS = /^(?:(?:tu|den|het|trong|nam|thang|quy|ngay|va|cuoi|dau)\s*)*$/;

type Stage = { name: string; start: string; end: string; text: string };

/**
 * A stage of a season or a campaign written as a heading over its duties, with its span in brackets and no number of its own
 * ("I. NHIỆM VỤ TRƯỚC MÙA MƯA BÃO (từ … đến …)", "II. THỜI KỲ CAO ĐIỂM MÙA KHÔ (…)", "III. KẾT THÚC MÙA KHÔ (tháng 5/2029)"):
 * a phase when at least one sibling heading is written the same way; the duties under it keep their own times.
 */
export function readStagePhase(node: OutlineNode, roots: readonly OutlineNode[], order: number, ctx: DeadlineContext | undefined): DraftPhase | undefined {
  // ("GIAI ĐOẠN II – … (từ … đến …)" is a numbered phase heading, read as one)
  if (!ctx || !isHeading(node) || node.children.length === 0 || /^(?:GĐ|B)[\dIVX]/.test(node.label)) return undefined;
  const stage = readStage(node.text, ctx);
  if (!stage) return undefined;
  const siblings = (node.parent?.children ?? roots).filter((s) => s !== node && isHeading(s) && s.children.length > 0);
  if (!siblings.some((s) => readStage(s.text, ctx))) return undefined;
  const name = sentenceCase(stage.name);
  return {
    code: `GD${order}`,
    name,
    order,
    start: stage.start,
    end: stage.end,
    subPeriods: [],
    source: node.text,
    review: true,
    reviewNotes: [`Giai đoạn đọc từ đề mục "${stage.text}"; cần kiểm tra.`],
  };
}

function readStage(text: string, ctx: DeadlineContext): Stage | undefined {
  const m = NAME_AND_SPAN.exec(text.trim());
  if (!m) return undefined;
  const read = readTime(m[2]!, [], ctx).deadline;
  if (read?.kind !== 'period' || !read.start || !read.due) return undefined;
  const rest = foldVietnamese(m[2]!.replace(read.text, ' '))
    .replace(/[\s,.;–-]+/g, ' ')
    .trim();
  if (!TIME_WORDS.test(rest)) return undefined;
  return { name: m[1]!.trim(), start: read.start, end: read.due, text: text.trim() };
}

/** "NHIỆM VỤ TRƯỚC MÙA MƯA BÃO" → "Nhiệm vụ trước mùa mưa bão"; a name in mixed case stays as written */
function sentenceCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  const lower = name.toLocaleLowerCase('vi');
  return `${lower.charAt(0).toLocaleUpperCase('vi')}${lower.slice(1)}`;
}

/** A part's title in capitals whose only time is a year or a cadence ("NĂM 2028", "THEO THÁNG", "THƯỜNG XUYÊN, HẰNG NĂM"): no duty */
export function isTimedTitle(text: string, deadline: DraftDeadline | undefined): boolean {
  return !/\p{Ll}/u.test(text) && (/^(?:năm \d{4}|theo \p{L}+)$/iu.test(deadline?.text ?? '') || deadline?.kind === 'recurrence');
}
