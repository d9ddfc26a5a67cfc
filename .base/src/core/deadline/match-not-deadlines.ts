import { candidate, type Matcher, scan } from './candidate.ts';
import type { NotDeadlineReason } from './types.ts';

/** Phrases that look like time but set no due date. */
const REMARKS: { pattern: RegExp; reason: NotDeadlineReason; note: string; rank: number }[] = [
  {
    pattern: /\b(?:(?:co )?hieu luc(?: thi hanh)? (?:ke )?tu|ke tu|tinh tu) ngay (?:ky|ban hanh)(?: ban hanh| van ban)?\b|\bco hieu luc (?:ke )?tu ngay\b/g,
    reason: 'effective_date',
    note: 'là ngày văn bản có hiệu lực, không phải hạn hoàn thành',
    rank: 5,
  },
  {
    pattern: /\b(?:thuong xuyen|lien tuc|lau dai|hang ngay|moi ngay|suot nam)\b/g,
    reason: 'continuous',
    note: 'là việc làm liên tục, không có hạn riêng',
    rank: 4,
  },
  {
    pattern: /\b(?:theo|dung|dam bao)(?: thoi han| thoi gian)? (?:quy dinh|huong dan)\b/g,
    reason: 'per_regulation',
    note: 'dẫn chiếu thời hạn theo quy định khác, văn bản không ghi hạn cụ thể',
    rank: 3,
  },
];

export const matchNotDeadlines: Matcher = (folded) =>
  REMARKS.flatMap(({ pattern, reason, note, rank }) => scan(folded, pattern, (m) => candidate(m, { kind: 'none', reason, note }, rank, false, true)));
