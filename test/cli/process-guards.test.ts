import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/project-root.ts';

const TSX = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');

describe('process-level guard (installed by src/main.ts and src/cli.ts)', () => {
  it('logs an unhandled rejection without its stack or the token, and the process keeps running', () => {
    const run = spawnSync(process.execPath, [TSX, join(projectRoot, 'test/fixtures/process/unhandled-rejection.ts')], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout).toContain('still running');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('[unhandled-rejection] Error: request to https://api.telegram.org/bot<ẩn>/getMe failed');
    expect(run.stderr).not.toContain('AAAAAAAAAAAAAAAAAAAA');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 40_000);

});
