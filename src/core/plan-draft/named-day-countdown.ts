import { foldVietnamese } from '../text/fold.ts';
import { addDays, formatLocalVi, isValidLocalDate, makeLocalDate } from '../time/local-date.ts';
import type { DraftTask } from './types.ts';

/** "chậm nhất 07 ngày trước ngày khởi công đợt 1", "trước ngày nghiệm thu 05 ngày": a count back from a day named by its event */
const BEFORE_NAMED = /(?:^|\s)(\d{1,3}) ngay truoc (ngay [a-z]+(?: [a-z0-9]+){0,6})|(?:^|\s)truoc (ngay [a-z]+(?: [a-z0-9]+){0,6}) (\d{1,3}) ngay(?! lam viec)/;

/**
 * A duty due some days before a day the document names elsewhere ("… ngày khởi công đợt 1 là 15/3/2025" in its schedule): due
 * that many days before it, flagged. The day must be stated as that day ("ngày X là D", "ngày X: D"), or be the first day of the
 * round it names ("… đợt 1" where the schedule has "đợt 1 từ ngày D …"), not guessed.
 */
export function dateBeforeNamedDay(task: DraftTask, lines: readonly string[]): void {
  if (task.deadline) return;
  if (dateAfterRoundEnd(task, lines)) return;
  const m = BEFORE_NAMED.exec(foldVietnamese(task.body));
  if (!m) return;
  const count = Number(m[1] ?? m[4]);
  const words = (m[2] ?? m[3])!.split(' ');
  // the named day may be followed by the duty's own words ("… ngày khởi công đợt 1 theo kế hoạch"): try the longest name first
  for (let n = words.length; n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    const event = statedDay(name, lines);
    if (!event) continue;
    const due = addDays(event, -count);
    const text = `${count} ngày trước ${name}`;
    task.deadline = { kind: 'due', text, reading: `${count} ngày trước ngày ${formatLocalVi(event)}: ${formatLocalVi(due)}.`, due };
    task.reviewNotes.push(`Hạn đếm ngược ${count} ngày từ ngày ${formatLocalVi(event)} văn bản nêu ở phần khác; cần kiểm tra.`);
    return;
  }
}

function statedDay(name: string, lines: readonly string[]): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stated = new RegExp(`(?:^|\\s)${escaped} (?:la |:\\s*)(?:ngay )?(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})`);
  // "ngày ra quân tiêm phòng đợt 1" where the schedule says "đợt 1 từ ngày 01/4/2025 đến …": the round's first day
  const round = /\b(dot|giai doan) (\d{1,2})$/.exec(name);
  const roundStart = round
    ? new RegExp(`(?:^|\\s)${round[1]} ${round[2]}\\s*(?:\\(\\s*)?(?:tu|bat dau tu) (?:ngay )?(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})`)
    : undefined;
  for (const line of lines) {
    const folded = foldVietnamese(line);
    const m = stated.exec(folded) ?? roundStart?.exec(folded);
    if (!m) continue;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidLocalDate(y, mo, d)) return makeLocalDate(y, mo, d);
  }
  return undefined;
}

/** "trong vòng 15 ngày sau khi kết thúc đợt 1", "chậm nhất 05 ngày kể từ khi kết thúc giai đoạn 2": counted from one round's end */
const AFTER_ROUND_END =
  /(?:^|\s)(?:trong vong|trong|cham nhat|sau) (\d{1,3}) ngay (?:sau khi|sau|ke tu khi|ke tu ngay) ket thuc (dot|giai doan) (\d{1,2})(?![\d])/;

/**
 * A duty due some days after a round the document schedules ends ("… đợt 1 từ ngày 01/4/2025 đến ngày 30/4/2025 …" in a sentence
 * of the plan): due that many days after the round's last day, flagged.
 */
function dateAfterRoundEnd(task: DraftTask, lines: readonly string[]): boolean {
  const m = AFTER_ROUND_END.exec(foldVietnamese(task.body));
  if (!m) return false;
  const span = new RegExp(
    `(?:^|\\s)${m[2]} ${m[3]}\\s*(?:\\(\\s*)?(?:tu|bat dau tu) (?:ngay )?\\d{1,2}\\/\\d{1,2}(?:\\/\\d{4})? (?:den|-) (?:het )?(?:ngay )?(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})`,
  );
  for (const line of lines) {
    const end = span.exec(foldVietnamese(line));
    if (!end) continue;
    const [d, mo, y] = [Number(end[1]), Number(end[2]), Number(end[3])];
    if (!isValidLocalDate(y, mo, d)) return false;
    const last = makeLocalDate(y, mo, d);
    const due = addDays(last, Number(m[1]));
    task.deadline = { kind: 'due', text: m[0].trim(), reading: `${m[1]} ngày sau khi kết thúc ngày ${formatLocalVi(last)}: ${formatLocalVi(due)}.`, due };
    task.reviewNotes.push(`Hạn tính từ ngày kết thúc ${m[2] === 'dot' ? 'đợt' : 'giai đoạn'} ${m[3]} (${formatLocalVi(last)}); cần kiểm tra.`);
    return true;
  }
  return false;
}
