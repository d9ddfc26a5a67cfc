import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/project-root.ts';

const TSX = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
const MAIN = join(projectRoot, 'src/main.ts');

describe('npm start without a token: what the newcomer’s terminal shows', () => {
  it('the banner and its guidance, without routine JSON log lines under it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dieuphoi-console-'));
    const { LOG_LEVEL: _unset, BOT_TOKEN: _none, ZALO_BOT_TOKEN: _neither, ...env } = process.env;
    const child = spawn(process.execPath, [TSX, MAIN], { cwd, env: { ...env, SANDBOX_PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let code: number | null = null;
    try {
      const until = Date.now() + 45_000;
      while (!output.includes('Nhấn Ctrl+C để dừng.') && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      // the scheduler's first tick (missed slots of the seeded clock) comes just after the banner
      await new Promise((r) => setTimeout(r, 3_000));
      child.kill('SIGTERM');
      code = await exited;
    } finally {
      child.kill('SIGKILL');
      rmSync(cwd, { recursive: true, force: true });
    }
    expect(output).toContain('Sandbox Điều phối: mở http://127.0.0.1:');
    expect(output).not.toMatch(/^\{"level"/m);
    expect(output).not.toContain('skipped a missed slot');
    expect(output).not.toContain('bot polling for updates');
    expect(code).toBe(0);
  }, 60_000);
});
