import { foldVietnamese } from '../text/fold.ts';
import { cutAtWord } from './clean-text.ts';
import { isHeading } from './classify-node.ts';
import type { OutlineNode } from './outline.ts';
import { readTime } from './read-time.ts';
import type { DraftDeadline, DraftPhase } from './types.ts';

/** "CÁC ĐỢT …", "… được chia thành ba thời kỳ:", "gồm 04 giai đoạn:": words that announce a list of periods */
const ANNOUNCES_PERIODS = /(?:^|\s)(?:cac|nhung|\d+|hai|ba|bon|nam|sau)\s+(?:dot|thoi ky|giai doan|vong)(?=[\s:,.]|$)/;
/** "Thời kỳ chuẩn bị (…)", "Đợt 1 (…)", "Giai đoạn 2: … (…)": a line that opens with the kind of period announced */
const PERIOD_KIND = /^(?:[-+•*]\s*)?(?:thoi ky|dot|giai doan|vong)\s/;
const SPAN_IN_BRACKETS = /\(([^()]*\d[^()]*)\)/u;

/**
 * A period of a list its heading or lead-in announces — "Thời gian ứng phó được chia thành ba thời kỳ:" then "- Thời kỳ chuẩn
 * bị (từ 15/11 đến 31/12/2026): rà soát …", "II. CÁC ĐỢT THI ĐUA" over "Đợt 1: … (từ … đến …)." — is a phase of the plan, its
 * span in brackets and its words after the span a summary of the work the duties below spell out; it is no duty of its own.
 */
export function readAnnouncedPeriod(node: OutlineNode, roots: readonly OutlineNode[], code: string, documentDate: string | undefined): DraftPhase | undefined {
  if (!documentDate || node.children.length > 0 || !PERIOD_KIND.test(foldVietnamese(node.text)) || !announced(node, roots)) return undefined;
  const bracket = SPAN_IN_BRACKETS.exec(node.text);
  if (!bracket) return undefined;
  const read = readSpan(bracket[1]!, documentDate);
  if (!read?.start || !read.due) return undefined;
  const name = node.text
    .slice(0, bracket.index)
    .replace(/^[-+•*]\s*/u, '')
    .replace(/[\s:.;–-]+$/u, '');
  return {
    code,
    name: cutAtWord(name, 120),
    order: 1,
    start: read.start,
    end: read.due,
    deadline: read,
    subPeriods: [],
    source: node.text,
    review: false,
    reviewNotes: [],
  };
}

/** the parent heading names the periods, or the nearest paragraph before the line (among its siblings) ends in ':' naming them */
function announced(node: OutlineNode, roots: readonly OutlineNode[]): boolean {
  const parent = node.parent;
  if (parent && isHeading(parent) && parent.text.split(/\s+/).length <= 14 && ANNOUNCES_PERIODS.test(foldVietnamese(parent.text))) return true;
  const siblings = parent?.children ?? roots;
  for (let i = siblings.indexOf(node) - 1; i >= 0; i--) {
    const before = siblings[i]!;
    if (PERIOD_KIND.test(foldVietnamese(before.text))) continue;
    return before.text.trim().endsWith(':') && ANNOUNCES_PERIODS.test(foldVietnamese(before.text));
  }
  return false;
}

/** "từ ngày 15/11/2026 đến ngày 31/12/2026", or a bare "10/5 – 16/5/2027" read as from the first day to the second */
function readSpan(text: string, documentDate: string): DraftDeadline | undefined {
  const read = readTime(text, [], { documentDate }).deadline;
  if (read?.kind === 'period') return read;
  const dashed = /^\s*(\d{1,2}\/\d{1,2}(?:\/\d{4})?)\s*[–-]\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*$/u.exec(text);
  const span = dashed ? readTime(`từ ngày ${dashed[1]} đến ngày ${dashed[2]}`, [], { documentDate }).deadline : undefined;
  return span?.kind === 'period' ? span : undefined;
}
