import type { DeadlineContext } from '../deadline/types.ts';
import { roundsOfTimeValue } from './inline-rounds.ts';
import { readAttributeLine } from './normalize-layout.ts';
import { readTime } from './read-time.ts';
import type { DraftTask } from './types.ts';

const ROUND = /đợt\s+(\d{1,2})\b[^;,.]*?(?=trước|chậm nhất|hoàn thành|trong|từ|ngày)/giu;

/**
 * "Thời gian thực hiện: 02 đợt, đợt 1 hoàn thành trước ngày 30/6/2020, đợt 2 hoàn thành trước ngày
 * 30/9/2020": one task per round, each with its own deadline. Returns [task] for a single time.
 */
export function splitRounds(task: DraftTask, timeText: string, ctx: DeadlineContext | undefined): DraftTask[] {
  if (!ctx) return [task];
  const starts = [...timeText.matchAll(ROUND)].map((m) => ({ at: m.index, round: m[1]! }));
  if (starts.length < 2) return splitTimeCellRounds(task, timeText, ctx) ?? splitReports(task, timeText, ctx);
  const rounds = starts.map((s, i) => {
    const text = timeText.slice(s.at, starts[i + 1]?.at ?? timeText.length).replace(/[;,.\s]+$/, '');
    return { round: s.round, text, time: readTime(text, [], ctx) };
  });
  if (rounds.some((r) => !r.time.deadline)) return [task];
  return rounds.map((r) => taskOfPart(task, `đợt ${r.round}`, r.text, r.time));
}

/** "Đợt 1: tháng 3/2028; đợt 2: tháng 10/2028", "02 đợt: tháng 5 và tháng 11/2027" in a time cell: one task per round */
function splitTimeCellRounds(task: DraftTask, timeText: string, ctx: DeadlineContext): DraftTask[] | undefined {
  const value = readAttributeLine(timeText)?.value ?? timeText;
  const rounds = roundsOfTimeValue(value);
  if (!rounds) return undefined;
  const times = rounds.map((r) => readTime(r.text, [], ctx));
  if (times.some((t) => !t.deadline || t.deadline.kind === 'recurrence')) return undefined;
  if (new Set(times.map((t) => t.deadline!.due)).size < rounds.length) return undefined;
  return rounds.map((r, i) => {
    const part = taskOfPart(task, r.label, r.text, times[i]!);
    part.reviewNotes.push('Tách theo từng đợt của một việc; cần kiểm tra.');
    return part;
  });
}

/** One part of a task split by its time line (a round, a report of a regime): its own title tail, words and deadline. */
function taskOfPart(task: DraftTask, label: string, text: string, time: ReturnType<typeof readTime>): DraftTask {
  const out: DraftTask = {
    ...task,
    title: `${task.title} (${label})`,
    body: `${task.body} — ${text}`,
    source: `${task.source} — ${text}`,
    support: [...task.support],
    reviewNotes: [...task.reviewNotes.filter((n) => !/nhiều mốc/.test(n)), ...time.notes],
  };
  out.deadline = time.deadline!;
  return out;
}

/** "Báo cáo tháng …", "báo cáo 6 tháng …", "báo cáo năm …": one report of a reporting regime, with its own time. */
const REPORT_KIND = /^\s*báo cáo\s+(tháng|quý|6 tháng|sáu tháng|năm|sơ kết|tổng kết)(?=[\s,:]|$)/iu;

/**
 * "Thời gian thực hiện: Báo cáo tháng trước ngày 20 hằng tháng; báo cáo 6 tháng trước ngày 15/6/2026; báo cáo năm trước ngày
 * 15/11/2026": each report of the regime is a task of its own with its own time.
 */
function splitReports(task: DraftTask, timeText: string, ctx: DeadlineContext): DraftTask[] {
  const parts = timeText
    .replace(/^[-+–\s]*[^:;]{3,40}:\s*/u, '')
    .split(';')
    .map((p) => p.trim().replace(/[.\s]+$/, ''))
    .filter((p) => p !== '');
  if (parts.length < 2) return [task];
  const reports = parts.map((text) => ({ text, kind: REPORT_KIND.exec(text)?.[1], time: readTime(text, [], ctx) }));
  if (reports.some((r) => !r.time.deadline)) return [task];
  if (reports.every((r) => r.kind)) return reports.map((r) => taskOfPart(task, `báo cáo ${r.kind!.toLocaleLowerCase('vi')}`, r.text, r.time));
  return namedParts(task, reports) ?? [task];
}

/**
 * "Thời gian: lớp thứ nhất trong tháng 3/2028; lớp thứ hai trong tháng 8/2028", "…: sơ kết 6 tháng trong tháng 7/2028; tổng
 * kết năm trước ngày 15/12/2028": each part named before its own time, no two due the same day, is a task of its own
 */
function namedParts(task: DraftTask, parts: readonly { text: string; time: ReturnType<typeof readTime> }[]): DraftTask[] | undefined {
  const named = parts.map((p) => ({ ...p, label: p.text.slice(0, p.text.indexOf(p.time.deadline!.text)).trim() }));
  if (named.some((p) => p.label === '' || p.label.length > 60 || p.time.deadline!.kind === 'recurrence')) return undefined;
  if (new Set(named.map((p) => p.time.deadline!.due)).size < named.length) return undefined;
  return named.map((p) => {
    const part = taskOfPart(task, p.label, p.text, p.time);
    part.reviewNotes.push('Tách theo từng mốc của dòng thời gian; cần kiểm tra.');
    return part;
  });
}
