import { foldVietnamese } from '../text/fold.ts';
import { addDays, dateKey, parseDateKey } from '../time/local-date.ts';
import type { DraftPhase, DraftTask } from './types.ts';

const COUNT_WORDS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, nam: 5, bay: 7, muoi: 10 };
/** "chậm nhất 02 ngày sau khi kết thúc đợt", "05 ngày sau khi kết thúc mỗi giai đoạn" (calendar days, not working days) */
const AFTER_ROUND =
  /(?:^|\s)(\d{1,2}|mot|hai|ba|bon|nam|bay|muoi) ngay sau khi (?:ket thuc| ket thuc|hoan thanh) (?:moi |tung |cac )?(dot|giai doan|vong)(?![\p{L}\d])(?!\s+\d)/u;

/**
 * "Báo cáo kết quả từng đợt … chậm nhất 02 ngày sau khi kết thúc đợt", "Sơ kết sau mỗi đợt, chậm nhất 05 ngày sau khi kết thúc
 * đợt": a duty due a number of days after each round the plan set is due that many days after the first round ends; the other
 * rounds' days are named in a note.
 */
export function dateAfterEachRound(task: DraftTask, phases: readonly DraftPhase[]): void {
  const folded = foldVietnamese(task.body);
  const m = AFTER_ROUND.exec(folded);
  // "tổ chức kiểm tra … trong hai đợt cao điểm, báo cáo kết quả từng đợt … 05 ngày sau khi kết thúc đợt": work through the rounds
  // with its report as a side clause is not due after the first round
  if (!m || /(?:^|\s)trong (?:cac|hai|ba|bon|nam|\d+) (?:dot|giai doan|vong)(?![\p{L}\d])/u.test(folded)) return;
  const days = /^\d+$/.test(m[1]!) ? Number(m[1]) : COUNT_WORDS[m[1]!]!;
  const named = phases.filter((p) => p.end && foldVietnamese(p.name).startsWith(m[2]!));
  const rounds = named.length >= 2 ? named : phases.filter((p) => p.end);
  if (rounds.length < 2) return;
  const dues = rounds.map((p) => dateKey(addDays(parseDateKey(p.end!)!, days)));
  task.deadline = {
    kind: 'due',
    text: m[0].trim(),
    reading: `${days} ngày sau khi kết thúc mỗi đợt: ${dues.join(', ')}; hạn đầu tiên ${dues[0]}.`,
    due: dues[0]!,
  };
  task.reviewNotes.push(`Việc lặp lại sau mỗi đợt (${dues.join(', ')}); hạn ghi theo đợt đầu, cần tạo hạn cho các đợt sau.`);
}
