import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/db/project-root.ts';

const TSX = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');

function score(file: string, ...flags: string[]): { false_done: number; correct: number } {
  const run = spawnSync(process.execPath, [TSX, join(projectRoot, 'scripts/score-replies.ts'), ...flags, file], { encoding: 'utf8', timeout: 60_000 });
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout.trim());
}

describe('score:replies --rules-only', () => {
  it('scores the rules without the trained second opinion, and by default with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-replies-'));
    try {
      const file = join(dir, 'key.json');
      writeFileSync(file, JSON.stringify([{ text: 'Nộp rồi mà em còn lo lo', status: 'in_progress', percent: null }]));
      expect(score(file, '--rules-only').false_done).toBe(1);
      expect(score(file).false_done).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
