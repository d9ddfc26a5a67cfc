import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type PlanKey, scoreDoc } from '../../scripts/plan-score/score-doc.ts';
import { runPlanDraftCommand } from '../../src/cli/plan-draft-command.ts';

// The round-24 development documents (test/fixtures/plan-corpus/dev-22), drafted by the CLI's code and scored against their
// hand keys: each class of holdout-22's misses stays read outside holdout-22.
const DIR = join(import.meta.dirname, '../fixtures/plan-corpus/dev-22');
const keys = readdirSync(DIR).filter((f) => f.endsWith('.key.json'));
/**
 * Duties still wrong, each a class of its own (the corpus README, round 24): 410-08's lead is in a bracket right after the office
 * that receives the report, read as that office's alias; 412-04's "Phòng Công tác học sinh, sinh viên" is cut at its comma;
 * 413-05's heading "3. Các Phòng Thanh tra - Kiểm tra thuế" is read only up to "Thanh tra", so the heading is no unit heading.
 */
const LEFT: Record<string, number> = { '410.key.json': 1, '412.key.json': 1, '413.key.json': 1 };

describe('plan corpus dev-22 (round 24)', () => {
  it.each(keys)('%s: every duty found, lead and deadline right but for the known leftovers, every phase, no other task', async (file) => {
    const key = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as PlanKey;
    const lines: string[] = [];
    expect(await runPlanDraftCommand([join(DIR, key.doc)], (line) => lines.push(line))).toBe(0);
    const score = scoreDoc(parse(lines.join('\n')), key);
    expect(score.matched).toBe(score.n_tr);
    expect(score.both).toBe(score.n_tr - (LEFT[file] ?? 0));
    expect(score.p_found).toBe(score.p_key);
    expect(score.unmatched_tasks).toEqual([]);
    expect(score.false_ce).toEqual([]);
  });
});
