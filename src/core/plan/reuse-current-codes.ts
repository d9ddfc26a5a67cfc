import { foldVietnamese } from '../text/fold.ts';
import { clauseText } from './keep-unchanged-duties.ts';
import type { PlanFile } from './plan-schema.ts';

/** A task of the committee's active plan, as the matcher needs it. */
export interface CurrentTask {
  code: string;
  title: string;
  /** the lead unit's code */
  lead: string | null;
  /** the support units' codes, as the secretariat left them */
  support?: readonly string[];
  /** its deadline as a plan file writes it, when the committee decided it after import (/doihan, an extension) */
  decidedDeadline?: string;
  /** units that led it before /giao took them off: the document sent again still names one of them */
  formerLeads?: readonly string[];
  /** the document's clause it was drafted from, when stored: the clause sent again is the surest sign of the same duty */
  source?: string;
}

/** A task of any active plan, with the number of its plan: only the same plan's tasks are matched. */
export interface ActiveTask extends CurrentTask {
  planNumber: string;
}

/** Titles at least this similar (share of the shorter title's words found in the other) are the same duty. */
export const SAME_DUTY_SIMILARITY = 0.5;

/** Titles this similar, of at least MIN_WORDS_OTHER_LEAD words, are the same duty even under another lead. */
const SAME_DUTY_OTHER_LEAD = 0.8;
const MIN_WORDS_OTHER_LEAD = 5;

/**
 * Words of a title, normalised: diacritics folded, lower case, punctuation dropped, and words of one
 * letter left out (they carry no meaning on their own). "Rà soát, lập danh sách…" → {ra, soat, lap, …}.
 */
export function titleWords(title: string): Set<string> {
  return new Set(
    foldVietnamese(title)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 1),
  );
}

/**
 * Overlap of two titles' word sets: shared words / words of the shorter title, 0…1. Not Jaccard: a
 * title drafted from the text is often the hand-written one plus more of its sentence ("Giai đoạn 1:
 * Xây dựng kế hoạch triển khai, thực hiện" vs "Xây dựng kế hoạch triển khai, thực hiện chuyển hóa…").
 */
export function titleSimilarity(a: string, b: string): number {
  return wordOverlap(titleWords(a), titleWords(b));
}

function wordOverlap(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  const [small, big] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const word of small) if (big.has(word)) shared++;
  return shared / small.size;
}

/**
 * A pair is taken only when neither side has another candidate this close. Duties of one plan share its
 * topic phrase ("công tác chuyển hóa địa bàn"), so a sentence that merely mentions the topic can score
 * as high as the duty itself: a task that looks like two duties (or a duty like two tasks) is not
 * matched by a guess. Left unmatched, the duty is new and the task archived, which the difference warns
 * about when the task has reports, and the duty's review notes name the task it may be.
 */
const CLEAR_MARGIN = 0.1;

interface Pair {
  drafted: number;
  code: string;
  score: number;
}

/** Below this a pair can be neither matched, nor a rival of a match, nor named for review: it is not kept. */
const LEAST_SCORE = SAME_DUTY_SIMILARITY - CLEAR_MARGIN;

/** A clause shorter than this says too little to tell one duty from another. */
const MIN_SOURCE_WORDS = 8;

function sourceWords(source: string | undefined): Set<string> | undefined {
  const words = titleWords(source ?? '');
  return words.size >= MIN_SOURCE_WORDS ? words : undefined;
}

/** Shared words over the larger clause's words: a short clause inside a long one is not the same clause. */
function clauseSimilarity(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.max(left.size, right.size);
}

/**
 * A title drafted from the document and one the secretariat wrote by hand may share only the plan's topic
 * words ("Giai đoạn 3: Tổ chức sơ kết … công tác chuyển hóa" vs "Sơ kết công tác chuyển hóa; đánh giá …"),
 * so where both sides keep their clause, the clauses' likeness lifts the pair: the score is the better of
 * the titles' overlap and the mean of titles and clauses. Two duties drafted from one clause still differ
 * by their titles, and a clause alone never lowers a pair.
 */
function pairScore(titles: number, left: ReadonlySet<string> | undefined, right: ReadonlySet<string> | undefined): number {
  if (!left || !right) return titles;
  return Math.max(titles, (titles + clauseSimilarity(left, right)) / 2);
}

/** A clause of fewer words than this ("thực hiện thường xuyên") may stand for several duties: never matched by itself. */
const MIN_CLAUSE_WORDS = 5;

/**
 * The surest sign of the same duty is its clause sent again word for word: a duty split from a paragraph
 * ("báo cáo năm trước ngày 10/12/2023") has a short title, and the secretariat may have set another lead,
 * so neither titles nor leads would match it. A clause that one drafted duty and one current task have,
 * and no other on either side, pairs them; a clause several duties were split from is left to the titles.
 */
function sameClausePairs(file: PlanFile, current: readonly CurrentTask[]): Map<number, string> {
  const keyOf = (source: string | undefined) => {
    const text = clauseText(source ?? '');
    return text.split(' ').length >= MIN_CLAUSE_WORDS ? text : undefined;
  };
  const drafted = new Map<string, number[]>();
  file.tasks.forEach((task, index) => {
    const key = keyOf(task.source);
    if (key) drafted.set(key, [...(drafted.get(key) ?? []), index]);
  });
  const tracked = new Map<string, string[]>();
  for (const task of current) {
    const key = keyOf(task.source);
    if (key) tracked.set(key, [...(tracked.get(key) ?? []), task.code]);
  }
  const pairs = new Map<number, string>();
  for (const [key, indexes] of drafted) {
    const codes = tracked.get(key);
    if (indexes.length === 1 && codes?.length === 1) pairs.set(indexes[0] as number, codes[0] as string);
  }
  return pairs;
}

/** Every drafted duty against every current task, each title's words read once (a plan may have 2,000 tasks). */
function scorePairs(file: PlanFile, current: readonly CurrentTask[]): Pair[] {
  const existing = current.map((task) => ({ code: task.code, words: titleWords(task.title), source: sourceWords(task.source) }));
  const pairs: Pair[] = [];
  file.tasks.forEach((task, drafted) => {
    const words = titleWords(task.title);
    const source = sourceWords(task.source);
    for (const other of existing) {
      const score = pairScore(wordOverlap(words, other.words), source, other.source);
      if (score >= LEAST_SCORE) pairs.push({ drafted, code: other.code, score });
    }
  });
  return pairs;
}

/** Per key, the two best pairs: the best pair beside any one of them is then found without a scan. */
function bestTwo<K>(pairs: readonly Pair[], keyOf: (pair: Pair) => K): Map<K, [Pair, Pair | undefined]> {
  const best = new Map<K, [Pair, Pair | undefined]>();
  for (const pair of pairs) {
    const key = keyOf(pair);
    const top = best.get(key);
    if (!top) best.set(key, [pair, undefined]);
    else if (pair.score > top[0].score) best.set(key, [pair, top[0]]);
    else if (!top[1] || pair.score > top[1].score) top[1] = pair;
  }
  return best;
}

/** The best score of another pair under the same key, -1 when there is none. */
function bestBeside(top: [Pair, Pair | undefined] | undefined, pair: Pair): number {
  if (!top) return -1;
  return top[0] === pair ? (top[1]?.score ?? -1) : top[0].score;
}

/**
 * A plan drafted again from a document gets fresh codes (NV01…), and importing it would archive every
 * current task with its reports. So each drafted duty takes the code of the current task with the same
 * lead unit and a similar title (≥ SAME_DUTY_SIMILARITY) when each is clearly the other's best match
 * (CLEAR_MARGIN), or, left unmatched, of a current task under another lead with a nearly identical
 * title; the difference then shows it kept or changed. A drafted duty left unmatched keeps its code,
 * renamed if a current task has that code; one that was a close but unclear candidate is marked
 * for review with the codes it may be. Returns the renamed file, how many codes were reused and which.
 */
export function reuseCurrentCodes(file: PlanFile, current: readonly CurrentTask[]): { file: PlanFile; reused: number; matched: ReadonlySet<string> } {
  if (current.length === 0) return { file, reused: 0, matched: new Set() };
  const scores = scorePairs(file, current);
  // the lead the task has, or one it had before /giao (the document still names that one)
  const leadsOf = new Map(current.map((task) => [task.code, [task.lead, ...(task.formerLeads ?? [])]]));
  const sameLead = (pair: Pair) => {
    const lead = file.tasks[pair.drafted]?.lead;
    return lead !== undefined && lead !== null && lead !== '' && (leadsOf.get(pair.code) ?? []).includes(lead);
  };
  const chosen = sameClausePairs(file, current);
  const taken = new Set<string>(chosen.values());
  const choose = (pool: readonly Pair[], isCandidate: (pair: Pair) => boolean) => {
    const open = pool.filter((pair) => !chosen.has(pair.drafted) && !taken.has(pair.code));
    const candidates = open.filter(isCandidate).sort((a, b) => b.score - a.score || a.drafted - b.drafted);
    const byDrafted = bestTwo(open, (pair) => pair.drafted);
    const byCode = bestTwo(open, (pair) => pair.code);
    for (const pair of candidates) {
      if (chosen.has(pair.drafted) || taken.has(pair.code)) continue;
      const close = pair.score - CLEAR_MARGIN;
      if (bestBeside(byDrafted.get(pair.drafted), pair) > close || bestBeside(byCode.get(pair.code), pair) > close) continue;
      chosen.set(pair.drafted, pair.code);
      taken.add(pair.code);
    }
  };
  choose(scores.filter(sameLead), (pair) => pair.score >= SAME_DUTY_SIMILARITY);
  // The secretariat may have given a duty another lead than the document names: a duty left unmatched
  // whose title is nearly the same (and long enough to say so) is that task under the lead they chose.
  const sizeOf = new Map(current.map((task) => [task.code, titleWords(task.title).size]));
  const longEnough = (pair: Pair) => Math.min(titleWords(file.tasks[pair.drafted]?.title ?? '').size, sizeOf.get(pair.code) ?? 0) >= MIN_WORDS_OTHER_LEAD;
  choose(scores, (pair) => !sameLead(pair) && pair.score >= SAME_DUTY_OTHER_LEAD && longEnough(pair));
  const pairsOf = new Map<number, Pair[]>();
  for (const pair of scores) {
    const list = pairsOf.get(pair.drafted);
    if (list) list.push(pair);
    else pairsOf.set(pair.drafted, [pair]);
  }
  // an unmatched duty never keeps a tracked task's code: that would silently turn the task into another duty
  const tracked = new Set(current.map((task) => task.code));
  const used = new Set([...tracked, ...file.tasks.map((task) => task.code)]);
  let next = 1;
  const fresh = () => {
    while (used.has(`NV${String(next).padStart(2, '0')}`)) next++;
    const code = `NV${String(next).padStart(2, '0')}`;
    used.add(code);
    return code;
  };
  const tasks = file.tasks.map((task, index) => {
    const code = chosen.get(index);
    if (code) return { ...task, code };
    // a task left unmatched that this duty came close to (a rival, or just under the threshold)
    // (under another lead, only a title as alike as a same-lead match would need)
    const maybe = (pairsOf.get(index) ?? [])
      .filter((pair) => !taken.has(pair.code) && (sameLead(pair) || pair.score >= SAME_DUTY_SIMILARITY))
      .map((pair) => pair.code);
    const renamed = tracked.has(task.code) ? { ...task, code: fresh() } : task;
    if (maybe.length === 0) return renamed;
    const note = `Có thể là nhiệm vụ ${maybe.join(', ')} đang theo dõi nhưng chưa chắc chắn; nếu đúng, ghi lại mã đó để giữ các báo cáo.`;
    return { ...renamed, review: true, review_notes: [...(task.review_notes ?? []), note] };
  });
  const changed = tasks.some((task, index) => task !== file.tasks[index]);
  return { file: changed ? { ...file, tasks } : file, reused: chosen.size, matched: taken };
}
