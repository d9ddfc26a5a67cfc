/**
 * Open-loop load: user replies are injected into the sandbox at a fixed rate whatever the bot does,
 * and each one is timed from its creation in the sandbox to the bot's answer that replies to it.
 */
import { performance } from 'node:perf_hooks';
import type { SandboxServer } from '../../src/sandbox/index.ts';
import type { BenchGroup } from './setup-groups.ts';

const PROGRESS_TEXTS = ['đã triển khai được {p}%', 'đang làm, được {p}%', 'vướng kinh phí', 'chưa làm được vì thiếu người', 'đã triển khai được {p}% rồi anh'];
const DONE_TEXTS = ['xong rồi', 'đã xong'];

export interface LoadResult {
  sent: number;
  answered: number;
  latenciesMs: number[];
  /** from the first injection to the last answer */
  spanMs: number;
}

/** Records when each bot answer that replies to a user message is stored in the sandbox. */
export function trackAnswers(server: SandboxServer) {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let lastAnswerAt = 0;
  const state = server.state;
  const original = state.appendMessage.bind(state);
  state.appendMessage = (chatId, body, meta) => {
    const stored = original(chatId, body, meta);
    const replyTo = body.reply_to_message?.message_id;
    if (meta.fromBot && replyTo !== undefined) {
      const key = `${chatId}:${replyTo}`;
      const start = sentAt.get(key);
      if (start !== undefined) {
        sentAt.delete(key);
        lastAnswerAt = performance.now();
        latencies.push(lastAnswerAt - start);
      }
    }
    return stored;
  };
  return {
    expect(chatId: number, messageId: number) {
      sentAt.set(`${chatId}:${messageId}`, performance.now());
    },
    get latencies() {
      return latencies;
    },
    get lastAnswerAt() {
      return lastAnswerAt;
    },
    reset() {
      sentAt.clear();
      latencies.length = 0;
    },
  };
}

export type AnswerTracker = ReturnType<typeof trackAnswers>;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One reply as the load sends it: a user of a group answers one of its task messages. */
export function chooseReply(groups: readonly BenchGroup[], random: () => number): { group: BenchGroup; userId: number; replyTo: number; text: string } {
  const group = pick(groups, random);
  const target = pick(group.taskMessages, random);
  // A lead's second "done" is refused without quoting the message; only supporting units say "xong".
  const texts = target.role === 'support' && random() < 0.3 ? DONE_TEXTS : PROGRESS_TEXTS;
  const text = pick(texts, random).replace('{p}', String(10 + Math.floor(random() * 80)));
  return { group, userId: pick(group.userIds, random), replyTo: target.messageId, text };
}

function injectOne(server: SandboxServer, groups: readonly BenchGroup[], tracker: AnswerTracker, random: () => number): void {
  const { group, userId, replyTo, text } = chooseReply(groups, random);
  const message = server.sendUserMessage({ chatId: group.chatId, fromUserId: userId, text, replyToMessageId: replyTo });
  tracker.expect(group.chatId, message.message_id);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Injects `ratePerSecond` replies for `durationMs`, then waits (≤ drainMs) for the answers. */
export async function runOpenLoop(
  server: SandboxServer,
  groups: readonly BenchGroup[],
  tracker: AnswerTracker,
  options: { ratePerSecond: number; durationMs: number; drainMs: number; seed?: number },
): Promise<LoadResult> {
  tracker.reset();
  const random = seeded(options.seed ?? 7);
  const start = performance.now();
  let sent = 0;
  for (;;) {
    const elapsed = performance.now() - start;
    if (elapsed >= options.durationMs) break;
    const due = Math.floor((elapsed / 1000) * options.ratePerSecond);
    while (sent < due) {
      injectOne(server, groups, tracker, random);
      sent++;
    }
    await sleep(2);
  }
  const drainUntil = performance.now() + options.drainMs;
  while (tracker.latencies.length < sent && performance.now() < drainUntil) await sleep(10);
  return { sent, answered: tracker.latencies.length, latenciesMs: [...tracker.latencies], spanMs: Math.max(1, tracker.lastAnswerAt - start) };
}

/** Injects `count` replies at once and measures how fast the bot drains them (its capacity). */
export async function runBurst(
  server: SandboxServer,
  groups: readonly BenchGroup[],
  tracker: AnswerTracker,
  options: { count: number; drainMs: number; seed?: number },
): Promise<LoadResult> {
  tracker.reset();
  const random = seeded(options.seed ?? 11);
  const start = performance.now();
  for (let i = 0; i < options.count; i++) injectOne(server, groups, tracker, random);
  const drainUntil = performance.now() + options.drainMs;
  while (tracker.latencies.length < options.count && performance.now() < drainUntil) await sleep(10);
  return { sent: options.count, answered: tracker.latencies.length, latenciesMs: [...tracker.latencies], spanMs: Math.max(1, tracker.lastAnswerAt - start) };
}
