import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/project-root.ts';
import { createSandboxServer } from '../../src/sandbox/index.ts';

const TSX = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
const MAIN = join(projectRoot, 'src/main.ts');
const TOKEN = '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const dir = mkdtempSync(join(tmpdir(), 'dieuphoi-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    // its own process group, so a run that hangs is ended with tsx's child process too
    const child = spawn(process.execPath, [TSX, MAIN], {
      cwd: dir,
      env: { ...process.env, LOG_LEVEL: 'warn', BOT_TOKEN: TOKEN, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 40_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function expectClean(output: string): void {
  expect(output).not.toMatch(/\n\s+at /);
  expect(output).not.toContain('External error');
  expect(output).not.toContain(TOKEN);
}

describe('start-up errors (npm start) in Vietnamese, with what to do and a consistent exit code', () => {
  it('unreachable PostgreSQL server → exit 1, names the host and what to check', async () => {
    const port = await closedPort();
    const run = await start({ DATABASE_URL: `postgresql://postgres:matkhau@127.0.0.1:${port}/dieuphoi` });
    expect(run.code).toBe(1);
    expect(run.output).toContain(`Không kết nối được tới cơ sở dữ liệu PostgreSQL tại 127.0.0.1:${port} (máy chủ từ chối kết nối`);
    expect(run.output).not.toContain('matkhau');
    expectClean(run.output);
  }, 60_000);

  it('a PostgreSQL database that does not exist → exit 2, says to create it', async () => {
    const run = await start({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/dieuphoi_khong_co' });
    expect(run.code).toBe(2);
    expect(run.output).toContain('Cơ sở dữ liệu "dieuphoi_khong_co" chưa có trên máy chủ PostgreSQL 127.0.0.1:5432. Tạo nó (createdb dieuphoi_khong_co)');
    expectClean(run.output);
  }, 60_000);

  it('a SQLite folder that cannot be created, or a path that is a folder → exit 2', async () => {
    const blocker = join(dir, 'la-tep');
    writeFileSync(blocker, 'not a folder');
    const folder = await start({ DATABASE_URL: `file:${join(blocker, 'dieuphoi.db')}` });
    expect(folder.code).toBe(2);
    expect(folder.output).toContain(`Không tạo được thư mục ${blocker} cho cơ sở dữ liệu SQLite`);
    expectClean(folder.output);
    const isFolder = await start({ DATABASE_URL: `file:${dir}` });
    expect(isFolder.code).toBe(2);
    expect(isFolder.output).toContain(`DATABASE_URL trỏ tới thư mục ${dir}, không phải một tệp cơ sở dữ liệu`);
    expectClean(isFolder.output);
  }, 60_000);

  it('a PLAN_FILE that cannot be read (not UTF-8) → exit 2 with the reason (sandbox start)', async () => {
    const plan = join(dir, 'ke-hoach.yaml');
    writeFileSync(plan, Buffer.from('plan:\n  title: "K\xca\xd0 HO\xc0CH"\n', 'latin1'));
    const run = await start({ BOT_TOKEN: '', SANDBOX_PORT: '0', PLAN_FILE: plan });
    expect(run.code).toBe(2);
    expect(run.output).toContain(`Tệp kế hoạch ${plan} (PLAN_FILE) có lỗi: Tệp "ke-hoach.yaml" không phải văn bản UTF-8`);
    expectClean(run.output);
  }, 60_000);

  it('Telegram unreachable for getMe → exit 1; a token Telegram refuses → exit 2', async () => {
    const port = await closedPort();
    const offline = await start({ DATABASE_URL: `file:${join(dir, 'a.db')}`, TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` });
    expect(offline.code).toBe(1);
    expect(offline.output).toContain(`Không kết nối được tới Telegram tại http://127.0.0.1:${port} (máy chủ từ chối kết nối`);
    expectClean(offline.output);

    const server = createSandboxServer({ token: '999999:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB' });
    const { apiRoot } = await server.listen(0);
    try {
      const refused = await start({ DATABASE_URL: `file:${join(dir, 'b.db')}`, TELEGRAM_API_ROOT: apiRoot });
      expect(refused.code).toBe(2);
      expect(refused.output).toMatch(/Telegram không chấp nhận BOT_TOKEN \((401|404)/);
      expect(refused.output).toContain('@BotFather');
      expectClean(refused.output);
    } finally {
      await server.close();
    }
  }, 90_000);
});
