import type { DeadlineContext } from '../deadline/types.ts';
import { readTime } from './read-time.ts';
import { taskTitle } from './task-title.ts';
import type { DraftTask } from './types.ts';

/** a one-off time: "(hoàn thành) trước ngày D", "xong trong quý II/2027", "chậm nhất ngày D" */
const TIME = String.raw`(?:(?:hoàn thành|xong|hoàn tất)\s+)?(?:trước|chậm nhất|trong)\s[^,;]{3,40}?`;
/** "… trước ngày D1 đối với X và trước ngày D2 đối với Y", "… xong trong quý II đối với X, trong quý IV đối với Y" */
const TWO_SCOPES = new RegExp(
  String.raw`[,;]?\s*(${TIME})\s+đối với\s+([^;]{3,80}?)(?:,\s*và\s+|\s+và\s+|,\s*|;\s*)(${TIME})\s+đối với\s+([^;.]{3,80}?)\s*(?=[;.]|$)`,
  'u',
);

/**
 * "Thành lập Tổ giám sát …, hoàn thành trước ngày 20/7/2024 đối với 04 phường thí điểm và trước ngày 31/01/2025 đối với các
 * phường, xã còn lại": one duty with a time for each of two scopes is a task per scope, each with its own time. Returns [task]
 * unless both times read as distinct one-off dates.
 */
export function splitScopedDeadlines(task: DraftTask, ctx: DeadlineContext | undefined): DraftTask[] {
  if (!ctx) return [task];
  const text = task.body;
  const m = TWO_SCOPES.exec(text);
  if (!m) return [task];
  const head = text.slice(0, m.index).trim();
  if (head === '') return [task];
  const rest = text.slice(m.index + m[0].length);
  const scopes = [
    { time: m[1]!, scope: m[2]! },
    { time: m[3]!, scope: m[4]! },
  ];
  const times = scopes.map((s) => readTime(s.time, [], ctx));
  if (times.some((t) => !t.deadline || t.deadline.kind === 'recurrence')) return [task];
  if (times[0]!.deadline!.due === times[1]!.deadline!.due) return [task];
  const titleAt = Math.max(0, text.toLocaleLowerCase('vi').indexOf(task.title.slice(0, 12).toLocaleLowerCase('vi')));
  return scopes.map((s, i) => {
    const body = `${head} đối với ${s.scope.trim()}, ${s.time.trim()}${rest}`;
    return {
      ...task,
      title: taskTitle(body, Math.min(titleAt, head.length)),
      body,
      source: task.source.includes(text) ? task.source.replace(text, body) : body,
      support: [...task.support],
      reviewNotes: [...task.reviewNotes, ...times[i]!.notes, 'Tách theo thời hạn của từng phạm vi; cần kiểm tra.'],
      deadline: times[i]!.deadline!,
    };
  });
}
