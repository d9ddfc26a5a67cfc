import { phraseAt } from './match-phrases.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import type { Clause, ClauseRole, Signal } from './types.ts';

/**
 * Steps taken before the work itself: reading the guidance or the letter, receiving it, meeting on it, a training, or
 * closing another programme first ("đọc hướng dẫn xong", "họp triển khai xong", "tổng kết xong chương trình …").
 */
const PREPARATORY_STEPS = [
  'doc',
  'doc huong dan',
  'doc van ban',
  'doc cong van',
  'nghien cuu',
  'tim hieu',
  'nhan',
  'tiep nhan',
  'nhan van ban',
  'hop',
  'hop trien khai',
  'tap huan',
  'tong ket',
  'so ket',
  'xem',
  'xem qua',
];

/** How far before "xong" the step's verb may stand ("đọc hết mấy cái hướng dẫn xong rồi"). */
const STEP_REACH = 6;

/** "X xong thì mới tới lượt việc này", "… xong thì mới làm": X is a step before this work, not this work. */
const BEFORE_THIS = ['thi moi', 'roi moi', 'moi toi luot', 'moi den luot'];

/** Drawing up a plan, right before "xong": "lên xong", "lập xong", "xây dựng xong". */
const PLAN_VERBS = ['len', 'lap', 'dung', 'soan'];

/** The clause finishes a preparatory step: its verb leads the clause before "xong", or it says the work comes after. */
function finishesAStep(tokens: readonly string[]): boolean {
  const xong = tokens.indexOf('xong');
  if (xong < 0) return false;
  if (tokens.some((_, k) => k > xong && phraseAt(tokens, k, BEFORE_THIS) !== null)) return true;
  const lead = tokens[0] === 'da' || tokens[0] === 'em' || tokens[0] === 'minh' ? 1 : 0;
  // "Kế hoạch tiêm phòng … lên xong rồi": the plan drawn up is a step before the work, however long its name (round 41).
  if (tokens[lead] === 'ke' && tokens[lead + 1] === 'hoach' && PLAN_VERBS.includes(tokens[xong - 1] ?? '')) return true;
  return xong - lead <= STEP_REACH && phraseAt(tokens, lead, PREPARATORY_STEPS) !== null;
}

/**
 * "Đọc hướng dẫn xong rồi, nhưng chưa bắt đầu làm", "Tổng kết xong chương trình cũ thì mới tới lượt việc này, giờ chưa làm
 * gì": beside an outright "not begun", every finish the unit tells is of a step before the work; the work is not started
 * (round 40).
 */
export function preparedOnly(clauses: readonly Clause[], signalsByClause: readonly (readonly Signal[])[], roles: readonly ClauseRole[]): boolean {
  const finishing = clauses.filter((_, i) => roles[i] === 'tell' && (signalsByClause[i] ?? []).some((s) => s.tag.startsWith('done:')));
  return finishing.length > 0 && finishing.every(({ tokens }) => finishesAStep(tokens));
}

/**
 * "… làm tới đâu rồi anh, báo em số để em tổng hợp": beside a question, what the asker will do with the answer ("để
 * em tổng hợp") is a purpose, not a start the unit reports (round 40).
 */
export function asksWithPurpose(clauses: readonly Clause[], roles: readonly ClauseRole[], signalsByClause: readonly (readonly Signal[])[]): boolean {
  if (!roles.includes('ask')) return false;
  const told = clauses.filter((_, i) => roles[i] === 'tell' && (signalsByClause[i] ?? []).length > 0);
  return told.length > 0 && told.every(({ tokens }) => tokens.includes('de'));
}

/** The teller off work: "em nghỉ ốm", "nghỉ phép", "bị ốm", "nghỉ việc riêng". */
const OFF_WORK = ['nghi om', 'nghi phep', 'bi om', 'dang om', 'nghi benh', 'nghi viec rieng', 'nghi sinh', 'om'];
/** Going back to work, with no task named: "mai em đi làm", "đi làm lại". */
const BACK_TO_WORK = ['di lam', 'di lam lai', 'di lam binh thuong', 'vao lam'];

/**
 * "Em nghỉ ốm hôm nay anh ạ, mai em đi làm": the teller is off and back at work tomorrow; "đi làm" is the job, not
 * this task's start, so nothing of the task is told (round 40).
 */
export function offWorkThenBack(telling: readonly Clause[]): boolean {
  const off = telling.some(({ tokens }) => tokens.some((_, k) => phraseAt(tokens, k, OFF_WORK) !== null));
  const back = (tokens: readonly string[]) =>
    tokens.some((_, k) => {
      const match = phraseAt(tokens, k, BACK_TO_WORK);
      return match !== null && tokens.slice(match.end).every((token) => PARTICLES.includes(token));
    });
  return off && telling.some(({ tokens }) => back(tokens));
}
