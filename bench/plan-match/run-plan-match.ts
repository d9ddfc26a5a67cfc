/**
 * Matching a plan drafted again to the current plan's tasks (reuse-current-codes.ts) runs in the chat's
 * turn, before the summary: every drafted duty is scored against every current task. Figures: the time
 * for plans of N tasks against N current tasks (N up to MAX_PLAN_TASKS), titles from a shared vocabulary
 * with one topic phrase, as one plan's duties are.
 */
import { type CurrentTask, reuseCurrentCodes } from '../../src/core/plan/reuse-current-codes.ts';
import type { PlanFile } from '../../src/core/plan/plan-schema.ts';
import { emit, log } from '../support/emit.ts';

export const PLAN_MATCH_SMOKE = { sizes: [200] };
export const PLAN_MATCH_FULL = { sizes: [200, 1000, 2000] };

const TOPIC = 'công tác chuyển hóa địa bàn trọng điểm';
const VERBS = ['rà soát', 'lập danh sách', 'tuyên truyền', 'kiểm tra', 'tổng hợp', 'hướng dẫn', 'tổ chức', 'xây dựng', 'đánh giá', 'sơ kết'];

/** A deterministic title: a verb, words numbered from a vocabulary of 400, and the plan's topic on every third. */
function title(seed: number): string {
  let x = seed * 2654435761;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  const words = Array.from({ length: 6 + (next() % 8) }, () => `tu${next() % 400}`);
  return `${VERBS[next() % VERBS.length]} ${words.join(' ')}${seed % 3 === 0 ? ` ${TOPIC}` : ''}`;
}

export async function runPlanMatchBench(options: { sizes: readonly number[] }): Promise<void> {
  for (const size of options.sizes) {
    const current: CurrentTask[] = Array.from({ length: size }, (_, i) => ({ code: `GD-${i}`, title: title(i), lead: `U${i % 12}` }));
    // the document drafted again: most duties as before, a fifth reworded, under the same leads
    const tasks = current.map((task, i) => ({ code: `NV${i}`, title: i % 5 === 0 ? title(size + i) : `${task.title} trên địa bàn`, lead: task.lead }));
    const file = { plan: '45/KH-BCĐ', tasks } as unknown as PlanFile;
    const started = performance.now();
    const { reused } = reuseCurrentCodes(file, current);
    const ms = performance.now() - started;
    log(`plan-match ${size} tasks: ${ms.toFixed(0)} ms, ${reused} codes kept`);
    emit({ bench: 'plan-match', metric: 'match_ms', value: ms, unit: 'ms', db: 'sqlite', tasks: size, reused });
  }
}
