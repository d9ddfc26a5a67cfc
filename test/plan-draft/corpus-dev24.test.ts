import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type PlanKey, scoreDoc } from '../../scripts/plan-score/score-doc.ts';
import { runPlanDraftCommand } from '../../src/cli/plan-draft-command.ts';

// The round-26 development documents (test/fixtures/plan-corpus/dev-24), drafted by the CLI's code and scored against their
// hand keys: each class of holdout-24's misses stays read outside holdout-24.
const DIR = join(import.meta.dirname, '../fixtures/plan-corpus/dev-24');
const keys = readdirSync(DIR).filter((f) => f.endsWith('.key.json'));
/**
 * Duties still wrong (the corpus README, round 26): 451-06's "trước ngày 10 tháng đầu quý" is not read as quarterly; 451-08, under
 * "4. Các chi bộ trực thuộc" (read as "Các chi bộ" and a stray "trực thuộc"), is split and missed; 453-04's second clause ("bàn
 * giao cho các đơn vị tham gia trước ngày khai mạc 03 ngày") is split off with "Các đơn vị" as its lead. Tasks matching no duty:
 * 450's "… là đầu mối, tổng hợp tình hình dịch" split from its weekly report, and 451's "Ủy ban Kiểm tra Đảng ủy xã" heading and
 * the two halves of 451-08.
 */
const LEFT: Record<string, number> = { '451.key.json': 2, '453.key.json': 1 };
const MISSED: Record<string, number> = { '451.key.json': 1 };
const UNMATCHED: Record<string, number> = { '450.key.json': 1, '451.key.json': 3 };

describe('plan corpus dev-24 (round 26)', () => {
  it.each(keys)('%s: every duty found, lead and deadline right but for the known leftovers, every phase, no other task', async (file) => {
    const key = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as PlanKey;
    const lines: string[] = [];
    expect(await runPlanDraftCommand([join(DIR, key.doc)], (line) => lines.push(line))).toBe(0);
    const score = scoreDoc(parse(lines.join('\n')), key);
    expect(score.matched).toBe(score.n_tr - (MISSED[file] ?? 0));
    expect(score.both).toBe(score.n_tr - (LEFT[file] ?? 0));
    expect(score.p_found).toBe(score.p_key);
    expect(score.unmatched_tasks).toHaveLength(UNMATCHED[file] ?? 0);
    expect(score.false_ce).toHaveLength(0);
  });
});
