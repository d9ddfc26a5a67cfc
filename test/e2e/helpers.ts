import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SandboxRun, startSandbox } from '../../src/app/start-sandbox.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createLogger } from '../../src/logger.ts';
import type { SandboxServer, StoredMessage } from '../../src/sandbox/index.ts';

export interface E2eSandbox {
  run: SandboxRun;
  dir: string;
  stop(): Promise<void>;
}

/** `npm start` without a token, on a random port and a throw-away SQLite file. */
export async function startE2eSandbox(options: { port?: number; zaloMode?: 'polling' | 'webhook' } = {}): Promise<E2eSandbox> {
  const loaded = loadConfig({ LOG_LEVEL: 'silent' });
  if (!loaded.ok) throw new Error('the default configuration should load');
  const dir = await mkdtemp(join(tmpdir(), 'dieuphoi-e2e-'));
  const run = await startSandbox(loaded.config, createLogger('silent', false), {
    port: options.port ?? 0,
    databaseUrl: `file:${join(dir, 'sandbox.db')}`,
    ...(options.zaloMode ? { zaloMode: options.zaloMode } : {}),
  });
  return {
    run,
    dir,
    async stop() {
      await run.stop();
      // SQLite may still be closing its -wal/-shm files as stop() returns; rm retries ENOTEMPTY on its own.
      await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

/** Polls every 20 ms until `probe` returns a value, or fails after `timeoutMs` saying what it waited for. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The sandbox's current change counter: bot messages after it are "new". */
export const mark = (server: SandboxServer): number => server.state.seq;

/** The first bot message in the chat created after `since` whose text matches. */
export function waitForBotMessage(server: SandboxServer, chatId: number, since: number, match: RegExp | string, timeoutMs = 15_000): Promise<StoredMessage> {
  const test = (text: string) => (typeof match === 'string' ? text.includes(match) : match.test(text));
  return waitFor(
    `a bot message matching ${String(match)} in chat ${chatId}`,
    () => server.messages(chatId).find((m) => m.fromBot && m.seq > since && test(m.message.text ?? m.message.caption ?? '')),
    timeoutMs,
  );
}

/** Bot messages in the chat that carry inline buttons whose data starts with `prefix`. */
export function botMessagesWithButtons(server: SandboxServer, chatId: number, prefix: string): StoredMessage[] {
  return server.messages(chatId).filter((m) => m.fromBot && buttonData(m).some((data) => data.startsWith(prefix)));
}

export function buttonData(stored: StoredMessage): string[] {
  const keyboard = stored.message.reply_markup?.inline_keyboard ?? [];
  return keyboard.flat().flatMap((button) => (button.callback_data ? [button.callback_data] : []));
}
