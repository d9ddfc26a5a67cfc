import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type PlanKey, scoreDoc } from '../../../scripts/plan-score/score-doc.ts';
import { runPlanDraftCommand } from '../../../src/cli/plan-draft-command.ts';

/** What a document of a round's dev set still gets wrong, by kind; every count not given is 0. */
export interface KnownLeftovers {
  /** duties whose lead or deadline (or both) is wrong, or that are missed */
  left?: number;
  /** duties no drafted task matches */
  missed?: number;
  /** drafted tasks matching no duty */
  unmatched?: number;
  /** of those, the ones drafted from a C/E item */
  fromCE?: number;
}

/**
 * A drafter round's development documents (test/fixtures/plan-corpus/<folder>), drafted by the CLI's code and scored
 * against their hand keys: each class of the holdout the round was tuned on stays read outside that holdout, every
 * phase is found, and nothing is wrong but the leftovers the corpus README names.
 */
export function describeDevCorpus(folder: string, round: number, leftovers: Record<string, KnownLeftovers>): void {
  const dir = join(import.meta.dirname, '../../fixtures/plan-corpus', folder);
  const keys = readdirSync(dir).filter((f) => f.endsWith('.key.json'));
  describe(`plan corpus ${folder} (round ${round})`, () => {
    it.each(keys)('%s: every duty found, lead and deadline right but for the known leftovers, every phase, no other task', async (file) => {
      const key = JSON.parse(readFileSync(join(dir, file), 'utf8')) as PlanKey;
      const lines: string[] = [];
      expect(await runPlanDraftCommand([join(dir, key.doc)], (line) => lines.push(line))).toBe(0);
      const score = scoreDoc(parse(lines.join('\n')), key);
      const known = leftovers[file] ?? {};
      expect(score.matched).toBe(score.n_tr - (known.missed ?? 0));
      expect(score.both).toBe(score.n_tr - (known.left ?? 0));
      expect(score.p_found).toBe(score.p_key);
      expect(score.unmatched_tasks).toHaveLength(known.unmatched ?? 0);
      expect(score.false_ce).toHaveLength(known.fromCE ?? 0);
    });
  });
}
