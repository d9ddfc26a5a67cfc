import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/project-root.ts';
import { createSandboxServer } from '../../src/sandbox/index.ts';

const TSX = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
const MAIN = join(projectRoot, 'src/main.ts');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startMain(env: Record<string, string>, cwd: string): Started {
  let output = '';
  const child = spawn(process.execPath, [TSX, MAIN], { cwd, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start (src/main.ts) as a process', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('without a token starts the sandbox, prints its URL, and stops cleanly on SIGTERM', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dieuphoi-start-'));
    dirs.push(cwd);
    const run = startMain({ BOT_TOKEN: '', SANDBOX_PORT: '0' }, cwd);
    children.push(run.child);
    await waitFor(() => /mở http:\/\/127\.0\.0\.1:\d+\//.test(run.output()), 40_000);
    const url = /mở (http:\/\/127\.0\.0\.1:\d+\/)/.exec(run.output())![1]!;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const state = (await (await fetch(`${url}sandbox/api/state`)).json()) as { chats: { title: string }[] };
    expect(state.chats.map((c) => c.title)).toContain('Công an thành phố');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 60_000);

  it('with a token answers /start in Vietnamese over long polling and stops cleanly on SIGINT', async () => {
    const token = '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const server = createSandboxServer({ token });
    const { apiRoot } = await server.listen(0);
    const cwd = mkdtempSync(join(tmpdir(), 'dieuphoi-start-'));
    dirs.push(cwd);
    try {
      const run = startMain({ BOT_TOKEN: token, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: `file:${join(cwd, 'bot.db')}` }, cwd);
      children.push(run.child);
      const user = server.createUser({ first_name: 'Lan', language_code: 'vi' });
      let answer: { message: { text?: string } } | undefined;
      const until = Date.now() + 40_000;
      while (!answer && Date.now() < until) {
        server.sendUserMessage({ chatId: user.id, fromUserId: user.id, text: '/start' });
        answer = await server.nextBotMessage(user.id, 3_000).catch(() => undefined);
      }
      expect(answer?.message.text).toContain('Điều phối');
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(0);
      expect(run.output()).not.toContain(token);
    } finally {
      await server.close();
    }
  }, 60_000);
});
