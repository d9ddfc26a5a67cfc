import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/project-root.ts';
import { createSandboxServer } from '../../src/sandbox/index.ts';

const TSX = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('process-level guard (installed by src/main.ts and src/cli.ts)', () => {
  it('logs an unhandled rejection without its stack or the token, and the process keeps running', () => {
    const run = spawnSync(process.execPath, [TSX, join(projectRoot, 'test/fixtures/process/unhandled-rejection.ts')], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout).toContain('still running');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('[unhandled-rejection] Error: request to https://api.telegram.org/bot<ẩn>/getMe failed');
    expect(run.stderr).not.toContain('AAAAAAAAAAAAAAAAAAAA');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 40_000);

  it('npm start in webhook mode answers a malformed body with 400 and keeps serving', async () => {
    const token = '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const server = createSandboxServer({ token });
    const { apiRoot } = await server.listen(0);
    const dir = mkdtempSync(join(tmpdir(), 'dieuphoi-webhook-'));
    const port = await freePort();
    const hook = `http://127.0.0.1:${port}/hook`;
    let output = '';
    const child = spawn(process.execPath, [TSX, join(projectRoot, 'src/main.ts')], {
      cwd: dir,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        BOT_TOKEN: token,
        BOT_MODE: 'webhook',
        WEBHOOK_URL: hook,
        WEBHOOK_PORT: String(port),
        WEBHOOK_SECRET: 'bimat-webhook-0123456',
        TELEGRAM_API_ROOT: apiRoot,
        DATABASE_URL: `file:${join(dir, 'bot.db')}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // its own process group: tsx runs the bot in a child process, and both must end with the test
      detached: true,
    });
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    let exited: number | null | undefined;
    child.on('exit', (code) => (exited = code));
    const post = (body: string) =>
      fetch(hook, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'bimat-webhook-0123456' },
        signal: AbortSignal.timeout(10_000),
      });
    try {
      const until = Date.now() + 40_000;
      let ready = false;
      while (!ready && Date.now() < until && exited === undefined) {
        ready = await fetch(`http://127.0.0.1:${port}/other`).then(
          () => true,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 200));
      }
      expect(ready, output).toBe(true);
      expect((await post('{"update_id": 1, "message": ')).status).toBe(400);
      await new Promise((r) => setTimeout(r, 300));
      expect(exited).toBeUndefined();
      // the sandbox delivers the next update to the registered webhook, as Telegram would
      const user = server.createUser({ first_name: 'Lan', language_code: 'vi' });
      server.sendUserMessage({ chatId: user.id, fromUserId: user.id, text: '/start' });
      const answer = await server.nextBotMessage(user.id, 15_000);
      expect(answer.message.text).toContain('Điều phối');
      expect(output).not.toContain(token);
    } finally {
      if (exited === undefined && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
