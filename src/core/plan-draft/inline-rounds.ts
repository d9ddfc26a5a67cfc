import { splitPeriodReports } from './period-reports.ts';
import type { DeadlineContext } from '../deadline/types.ts';
import { readTime } from './read-time.ts';
import { taskTitle } from './task-title.ts';
import type { DraftTask } from './types.ts';

/** "đợt 1", "đợt thứ hai", "đợt II", "(đợt 2)": the name of one round of a duty */
const MARK = /(\()?(?<![\p{L}\d])đợt\s+(\d{1,2}|thứ\s+(?:nhất|hai|ba|tư|năm)|[IVX]{1,4})(?![\p{L}\d])(\))?/gu;
/** "thực hiện hai đợt: …", "02 đợt: …": the rounds follow as bare times */
const COUNT = /(?:^|[\s,])(?:0?[2-5]|hai|ba|bốn|năm)\s+đợt\s*:\s*/iu;
/** where the time of a round written before its name starts: "… gửi Sở … trước ngày 20/3/2028 (đợt 1)" */
const TIME_WORD = /[\s,](?:trước|chậm nhất|trong|từ|vào|hoàn thành)\s/giu;
/** between two rounds: ", ", " và ", ", và " */
const JOINER = /^[\s,;]*(?:và\s+)?$/u;

export interface Round {
  label: string;
  text: string;
}

/**
 * "tổ chức tiêm phòng đợt 1 trong quý II/2028 và đợt 2 trong quý IV/2028", "chia làm 02 đợt: đợt thứ nhất trong tháng
 * 4/2028, đợt thứ hai trong tháng 9/2028", "thực hiện hai đợt: trước ngày … và trước ngày …", "… trước ngày D1 (đợt 1) và
 * trước ngày D2 (đợt 2)": each round of the duty is a task of its own with its own time. Returns [task] unless every round
 * reads a one-off time.
 */
export function splitInlineRounds(task: DraftTask, ctx: DeadlineContext | undefined): DraftTask[] {
  if (!ctx) return [task];
  const reports = splitPeriodReports(task);
  if (reports) return reports;
  const text = task.body;
  const found = roundsAfterNames(text) ?? roundsBeforeNames(text) ?? roundsAfterCount(text) ?? countedDays(text) ?? reportsAfterColon(text);
  if (!found) return [task];
  const times = found.rounds.map((r) => readTime(r.text, [], ctx));
  if (times.some((t) => !t.deadline || t.deadline.kind === 'recurrence')) return [task];
  const dues = new Set(times.map((t) => t.deadline!.due));
  if (dues.size < found.rounds.length) return [task];
  // the title may capitalise the first word of its clause ("Theo dõi …" out of "Văn phòng Sở theo dõi …")
  const titleAt = Math.max(0, text.toLocaleLowerCase('vi').indexOf(task.title.slice(0, 12).toLocaleLowerCase('vi')));
  return found.rounds.map((round, i) => {
    const body = `${found.head.replace(/[\s,:]+$/u, '')} ${round.text}`.trim();
    const title = taskTitle(body, Math.min(titleAt, found.head.length));
    return {
      ...task,
      title: new RegExp(round.label, 'iu').test(title) ? title : `${title} (${round.label})`,
      body,
      source: task.source.includes(text) ? task.source.replace(text, body) : body,
      support: [...task.support],
      reviewNotes: [...task.reviewNotes, ...times[i]!.notes, 'Tách theo từng đợt của một việc; cần kiểm tra.'],
      deadline: times[i]!.deadline!,
    };
  });
}

/** the clause a round's text may run to: not past the end of its sentence or clause */
function clauseEnd(text: string, from: number): number {
  const m = /;|\.(?=\s|$)/u.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

function distinctLabels(marks: RegExpMatchArray[]): boolean {
  return new Set(marks.map((m) => m[2]!.toLocaleLowerCase('vi'))).size === marks.length;
}

/** "đợt 1 trong quý II và đợt 2 trong quý IV": names first, each round runs to the next name */
function roundsAfterNames(text: string): { head: string; rounds: Round[] } | undefined {
  const marks = [...text.matchAll(MARK)].filter((m) => !m[1]);
  if (marks.length < 2 || !distinctLabels(marks)) return undefined;
  const first = marks[0]!.index!;
  let end = clauseEnd(text, first);
  // "…: đợt 1 cho các tỉnh phía Bắc trong tháng 3/2028; đợt 2 cho các tỉnh phía Nam …": the next round after ";" goes on the list
  while (text[end] === ';' && /^;\s*đợt\s+(?:\d{1,2}|thứ\s|[IVX]{1,4}\s)/u.test(text.slice(end))) end = clauseEnd(text, end + 1);
  const inClause = marks.filter((m) => m.index! < end);
  if (inClause.length < 2) return undefined;
  const rounds = inClause.map((m, i) => {
    const to = i + 1 < inClause.length ? inClause[i + 1]!.index! : end;
    return { label: m[0].toLocaleLowerCase('vi'), text: text.slice(m.index, to).replace(/[\s,;]+(?:và\s*)?$/u, '') };
  });
  return { head: text.slice(0, first), rounds };
}

/** "trước ngày D1 (đợt 1) và trước ngày D2 (đợt 2)": each time is named after it, in brackets */
function roundsBeforeNames(text: string): { head: string; rounds: Round[] } | undefined {
  const marks = [...text.matchAll(MARK)].filter((m) => m[1] && m[3]);
  if (marks.length < 2 || !distinctLabels(marks)) return undefined;
  const firstAt = marks[0]!.index!;
  const timeStarts = [...text.slice(0, firstAt).matchAll(TIME_WORD)];
  const start = timeStarts.at(-1)?.index;
  if (start === undefined) return undefined;
  const rounds: Round[] = [];
  let from = start;
  for (const [i, m] of marks.entries()) {
    const part = text.slice(from, m.index).trim();
    // the rounds must follow one another: "… (đợt 1) và trước ngày … (đợt 2)"
    if (i > 0 && !/^(?:,\s*|và\s+|,\s*và\s+)/u.test(part)) return undefined;
    rounds.push({ label: `đợt ${m[2]}`, text: part.replace(/^(?:,\s*)?(?:và\s+)?/u, '') });
    from = m.index! + m[0].length;
  }
  return { head: text.slice(0, start), rounds };
}

/** "thực hiện hai đợt: trước ngày 15/3/2028 và trước ngày 15/8/2028": bare times after the count */
function roundsAfterCount(text: string): { head: string; rounds: Round[] } | undefined {
  const count = COUNT.exec(text);
  if (!count) return undefined;
  const from = count.index + count[0].length;
  const list = text.slice(from, clauseEnd(text, from));
  const parts = list.split(/\s*(?:,\s*)?\bvà\s+|,\s+/u).filter((p) => !JOINER.test(p));
  if (parts.length < 2) return undefined;
  return { head: text.slice(0, count.index), rounds: parts.map((p, i) => ({ label: `đợt ${i + 1}`, text: p.trim() })) };
}

const NUMBERS: Record<string, number> = { hai: 2, ba: 3, bốn: 4, năm: 5 };
/** "tổ chức 02 đợt cho trẻ uống vitamin A vào ngày 01/6/2028 và ngày 01/12/2028": a count of rounds, then as many days */
const COUNTED_DAYS =
  /(?:^|[\s,])(0?[2-5]|hai|ba|bốn|năm)\s+đợt\s(?![^;.]*:)[^;]*?(?<=\s)(vào|trước|chậm nhất|trong)\s+((?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?(?:\s*(?:,|và|,\s*và)\s*(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?)+)/iu;

function countedDays(text: string): { head: string; rounds: Round[] } | undefined {
  const m = COUNTED_DAYS.exec(text);
  if (!m) return undefined;
  const count = NUMBERS[m[1]!.toLocaleLowerCase('vi')] ?? Number(m[1]);
  const days = m[3]!.split(/\s*(?:,\s*và|,|và)\s*/u).map((d) => d.replace(/^ngày\s+/u, ''));
  if (days.length !== count) return undefined;
  const head = text.slice(0, m.index + m[0].length - m[3]!.length - m[2]!.length - 1);
  return { head, rounds: withSharedYear(days).map((d, i) => ({ label: `đợt ${i + 1}`, text: `${m[2]} ngày ${d}` })) };
}

/** a round's time with no year of its own ("tháng 7" in "tháng 7 và tháng 12/2028") takes the year the last round gives */
function withSharedYear(parts: string[]): string[] {
  const year = /(?:\/|năm\s+)(\d{4})\s*$/u.exec(parts.at(-1) ?? '')?.[1];
  if (!year) return parts;
  return parts.map((p) => (/\d{4}/.test(p) || !/(?:\d{1,2}|\b[IVX]{1,4})$/u.test(p) ? p : `${p}/${year}`));
}

/**
 * The time cell or "Thời gian:" line of a duty done in rounds: "Đợt 1: tháng 3/2028; đợt 2: tháng 10/2028", "Đợt I trước ngày
 * 20/4/2028; đợt II trước ngày 20/11/2028", "02 đợt: tháng 5 và tháng 11/2027". The whole value is about the rounds, so a round
 * runs to the next one across ";". Returns each round's label and time, or undefined for a single time.
 */
export function roundsOfTimeValue(value: string): Round[] | undefined {
  // a cell opens with its first round: "Đợt 1: …"
  const marks = [...value.matchAll(new RegExp(MARK.source, 'giu'))].filter((m) => !m[1]);
  if (marks.length >= 2 && distinctLabels(marks)) {
    const rounds = marks.map((m, i) => ({
      label: `đợt ${/^[ivx]+$/iu.test(m[2]!) ? m[2]!.toUpperCase() : m[2]!.toLocaleLowerCase('vi')}`,
      text: value
        .slice(m.index! + m[0].length, marks[i + 1]?.index ?? value.length)
        .replace(/^[\s:,–-]+/u, '')
        .replace(/[\s,;.]+(?:và\s*)?$/u, ''),
    }));
    const texts = withSharedYear(rounds.map((r) => r.text));
    return rounds.map((r, i) => ({ ...r, text: texts[i]! }));
  }
  const scoped = timesForEach(value) ?? listedTimes(value);
  if (scoped) return scoped;
  const count = COUNT.exec(` ${value}`);
  if (!count) return undefined;
  const list = ` ${value}`.slice(count.index + count[0].length).replace(/[\s.;]+$/u, '');
  const parts = list.split(/\s*(?:[,;]\s*)?\bvà\s+|[,;]\s+/u).filter((p) => !JOINER.test(p));
  if (parts.length < 2) return undefined;
  return withSharedYear(parts.map((p) => p.trim())).map((text, i) => ({ label: `đợt ${i + 1}`, text }));
}

/** "Tháng 11/2027; tháng 11/2028" in a time cell: the same work done once at each of the full times it lists */
function listedTimes(value: string): Round[] | undefined {
  const parts = value.replace(/[\s.;]+$/u, '').split(/\s*;\s*/u);
  if (parts.length < 2 || !parts.every((p) => FULL_TIME.test(p))) return undefined;
  return parts.map((text, i) => ({ label: `lần ${i + 1}`, text }));
}

const FULL_TIME = /^(?:(?:trước|trong)\s+)?(?:tháng\s+\d{1,2}\/\d{4}|quý\s+[IVX]{1,3}\/\d{4}|(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4})$/iu;

/** "trước ngày 20/6/2028 đối với báo cáo 6 tháng và trước ngày 05/12/2028 đối với báo cáo năm": each time names what it is for */
function timesForEach(value: string): Round[] | undefined {
  const parts = value
    .replace(/[\s.;]+$/u, '')
    .split(/\s*(?:[,;]\s*)?\bvà\s+(?=(?:trước|chậm nhất|trong|vào)\s)|;\s+/u)
    .map((p) => /^(.+?)\s+đối với\s+(.+)$/u.exec(p.trim()));
  if (parts.length < 2 || parts.some((m) => !m)) return undefined;
  return parts.map((m) => ({ label: m![2]!, text: m![1]! }));
}

/** "báo cáo 6 tháng trước ngày …": a report named by its period, then its time */
const REPORT_ITEM =
  /^(báo cáo\s+(?:quý\s+[IV\d]+|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|năm|sơ kết|tổng kết)(?:\s+\d{4})?)\s+(?:trước|chậm nhất|trong|vào|hoàn thành)\s/iu;

/**
 * "…, tham mưu Giám đốc Sở gửi UBND tỉnh: báo cáo quý I trước ngày 20/3, báo cáo 6 tháng trước ngày 20/6, báo cáo năm trước ngày
 * 20/11": the reports of several periods listed after a colon, each with its own time.
 */
function reportsAfterColon(text: string): { head: string; rounds: Round[] } | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const list = text.slice(colon + 1, clauseEnd(text, colon + 1));
  const parts = list
    .split(/\s*(?:,\s*)?\bvà\s+(?=báo cáo)|,\s+/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  const rounds: Round[] = [];
  for (const part of parts) {
    const item = REPORT_ITEM.exec(part);
    if (!item) return undefined;
    rounds.push({ label: item[1]!.replace(/^Báo cáo/u, 'báo cáo'), text: part });
  }
  return { head: text.slice(0, colon + 1), rounds };
}
