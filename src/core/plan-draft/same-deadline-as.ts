import { foldVietnamese } from '../text/fold.ts';
import type { DraftTask } from './types.ts';

/** "gửi cùng thời hạn nêu tại điểm a", "cùng thời hạn như mục 2", "theo thời hạn tại điểm b": the time of another item */
const SAME_AS = /(?:cung|theo|dung) (?:thoi han|han|thoi gian)(?: (?:neu|quy dinh|ghi))? (?:tai|o|nhu) (?:diem|muc|khoan) ([a-z]|\d{1,2})(?![\p{L}\d])/u;

/**
 * "Thống kê các công trình … phát sinh từ năm 2021 đến ngày 31/5/2025 (Mẫu số 02), gửi cùng thời hạn nêu tại điểm a": the duty is
 * due when the item it names is (the dates in its own words are of what it counts); flagged.
 */
export function dateAsNamedItem(task: DraftTask, tasks: readonly DraftTask[]): void {
  const m = SAME_AS.exec(foldVietnamese(task.body));
  if (!m) return;
  const parts = task.section.split('.');
  // a letter names an item beside this one ("1.b" → "1.a"), a number an item of the level above ("1.b" → "2")
  const target = /^[a-z]$/.test(m[1]!) ? [...parts.slice(0, -1), m[1]].join('.') : [...parts.slice(0, -2), m[1]].join('.');
  const named = tasks.find((t) => t !== task && t.deadline && foldVietnamese(t.section) === target);
  if (!named?.deadline) return;
  task.deadline = { ...named.deadline, reading: `Cùng thời hạn với ${named.section}: ${named.deadline.reading}` };
  task.reviewNotes.push(`Hạn lấy theo mục ${named.section} ("${m[0]}"); cần kiểm tra.`);
}
