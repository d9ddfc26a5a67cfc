import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type PlanKey, scoreDoc } from '../../scripts/plan-score/score-doc.ts';
import { runPlanDraftCommand } from '../../src/cli/plan-draft-command.ts';

// The round-25 development documents (test/fixtures/plan-corpus/dev-23), drafted by the CLI's code and scored against their
// hand keys: each class of holdout-23's misses stays read outside holdout-23.
const DIR = join(import.meta.dirname, '../fixtures/plan-corpus/dev-23');
const keys = readdirSync(DIR).filter((f) => f.endsWith('.key.json'));
/**
 * Duties still wrong (the corpus README, round 25): 440-04's "Các tổ tiêm phòng xã, thị trấn" is no known body; 442-04's "Tổ Bảo
 * vệ bệnh viện" is read as "Tổ Bảo"; 444-06, an undated sentence after a dated one, stays in that one's task (so it is also
 * missed); 445-04's "X hướng dẫn, Y thực hiện" gives X. 443's lead-in over its schedule ("… theo lịch dưới đây:") is drafted too.
 */
const LEFT: Record<string, number> = { '440.key.json': 1, '442.key.json': 1, '444.key.json': 1, '445.key.json': 1 };
const MISSED: Record<string, number> = { '444.key.json': 1 };
const FROM_C: Record<string, number> = { '443.key.json': 1 };

describe('plan corpus dev-23 (round 25)', () => {
  it.each(keys)('%s: every duty found, lead and deadline right but for the known leftovers, every phase, no other task', async (file) => {
    const key = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as PlanKey;
    const lines: string[] = [];
    expect(await runPlanDraftCommand([join(DIR, key.doc)], (line) => lines.push(line))).toBe(0);
    const score = scoreDoc(parse(lines.join('\n')), key);
    expect(score.matched).toBe(score.n_tr - (MISSED[file] ?? 0));
    expect(score.both).toBe(score.n_tr - (LEFT[file] ?? 0));
    expect(score.p_found).toBe(score.p_key);
    expect(score.unmatched_tasks).toHaveLength(FROM_C[file] ?? 0);
    expect(score.false_ce).toHaveLength(FROM_C[file] ?? 0);
  });
});
