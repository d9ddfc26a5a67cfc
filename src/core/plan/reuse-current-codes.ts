import { foldVietnamese } from '../text/fold.ts';
import type { PlanFile } from './plan-schema.ts';

/** A task of the committee's active plan, as the matcher needs it. */
export interface CurrentTask {
  code: string;
  title: string;
  /** the lead unit's code */
  lead: string | null;
  /** the support units' codes, as the secretariat left them */
  support?: readonly string[];
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
  const left = titleWords(a);
  const right = titleWords(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
}

/**
 * A plan drafted again from a document gets fresh codes (NV01…), and importing it would archive every
 * current task with its reports. So each drafted duty takes the code of the current task with the same
 * lead unit and the most similar title (≥ SAME_DUTY_SIMILARITY; best pairs first, each used once), or,
 * left unmatched, of a current task under another lead with a nearly identical title; the
 * difference then shows it kept or changed. A drafted duty left unmatched keeps its code, renamed only
 * if a matched duty took that code. Returns the renamed file, how many codes were reused and which.
 */
export function reuseCurrentCodes(file: PlanFile, current: readonly CurrentTask[]): { file: PlanFile; reused: number; matched: ReadonlySet<string> } {
  if (current.length === 0) return { file, reused: 0, matched: new Set() };
  const pairs: { drafted: number; code: string; score: number }[] = [];
  file.tasks.forEach((task, index) => {
    for (const existing of current) {
      if (!existing.lead || existing.lead !== task.lead) continue;
      const score = titleSimilarity(task.title, existing.title);
      if (score >= SAME_DUTY_SIMILARITY) pairs.push({ drafted: index, code: existing.code, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.drafted - b.drafted);
  const chosen = new Map<number, string>();
  const taken = new Set<string>();
  const choose = (candidates: readonly { drafted: number; code: string }[]) => {
    for (const pair of candidates) {
      if (chosen.has(pair.drafted) || taken.has(pair.code)) continue;
      chosen.set(pair.drafted, pair.code);
      taken.add(pair.code);
    }
  };
  choose(pairs);
  // The secretariat may have given a duty another lead than the document names: a duty left unmatched
  // whose title is nearly the same (and long enough to say so) is that task under the lead they chose.
  choose(otherLeadPairs(file, current, chosen, taken));
  if (chosen.size === 0) return { file, reused: 0, matched: taken };
  const used = new Set([...taken, ...file.tasks.map((task) => task.code)]);
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
    return taken.has(task.code) ? { ...task, code: fresh() } : task;
  });
  return { file: { ...file, tasks }, reused: chosen.size, matched: taken };
}

function otherLeadPairs(file: PlanFile, current: readonly CurrentTask[], chosen: ReadonlyMap<number, string>, taken: ReadonlySet<string>) {
  const pairs: { drafted: number; code: string; score: number }[] = [];
  file.tasks.forEach((task, index) => {
    if (chosen.has(index)) return;
    for (const existing of current) {
      if (taken.has(existing.code) || existing.lead === task.lead) continue;
      if (Math.min(titleWords(task.title).size, titleWords(existing.title).size) < MIN_WORDS_OTHER_LEAD) continue;
      const score = titleSimilarity(task.title, existing.title);
      if (score >= SAME_DUTY_OTHER_LEAD) pairs.push({ drafted: index, code: existing.code, score });
    }
  });
  return pairs.sort((a, b) => b.score - a.score || a.drafted - b.drafted);
}
