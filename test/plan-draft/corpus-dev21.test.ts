import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type PlanKey, scoreDoc } from '../../scripts/plan-score/score-doc.ts';
import { runPlanDraftCommand } from '../../src/cli/plan-draft-command.ts';

// The round-23 development documents (test/fixtures/plan-corpus/dev-21), drafted by the CLI's code and scored against their
// hand keys: each class of holdout-21's misses stays read outside holdout-21.
const DIR = join(import.meta.dirname, '../fixtures/plan-corpus/dev-21');
const keys = readdirSync(DIR).filter((f) => f.endsWith('.key.json'));

describe('plan corpus dev-21 (round 23)', () => {
  it.each(keys)('%s: every duty found with its lead and deadline, no other task', async (file) => {
    const key = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as PlanKey;
    const lines: string[] = [];
    expect(await runPlanDraftCommand([join(DIR, key.doc)], (line) => lines.push(line))).toBe(0);
    const score = scoreDoc(parse(lines.join('\n')), key);
    expect(score.both).toBe(score.n_tr);
    expect(score.unmatched_tasks).toEqual([]);
    expect(score.false_ce).toEqual([]);
  });
});
