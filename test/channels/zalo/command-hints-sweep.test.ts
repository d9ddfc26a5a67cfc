import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineNudgesJob, steeringDigestJob, unitDigestJob, weeklySteeringDigestJob } from '../../../jobs/index.ts';
import type { JobSlot } from '../../../jobs/types.ts';
import { ZALO_CAPABILITIES } from '../../../src/channels/zalo/zalo-capabilities.ts';
import type { OutgoingMessage } from '../../../src/core/model/outgoing.ts';
import { prefixCommandHints } from '../../../src/core/text/command-hints.ts';
import { fitToChannel } from '../../../src/core/text/fit-to-channel.ts';
import { reportStatus } from '../../../src/core/usecases/report-status.ts';
import { requestExtension } from '../../../src/core/usecases/request-extension.ts';
import { messageParts } from '../../../src/outbox/message-parts.ts';
import { type Database, openDatabase } from '../../../src/db/open-database.ts';
import { BOT_MENTION, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../../support/command-harness.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-databases.ts';
import { jobDeps, seedWorld } from '../../jobs/seed-world.ts';
import { at } from '../../jobs/simulate.ts';

const ZALO = { ...ZALO_CAPABILITIES, commandPrefix: `${BOT_MENTION} ` };

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#47;/g, '/')
    .replace(/&amp;/g, '&');

/** Every "/command" a user is told to type, as Zalo shows it, that lacks the bot's mention before it. */
function unprefixedHints(message: OutgoingMessage): string[] {
  return unprefixedIn(fitToChannel(message, ZALO).html);
}

/** The same, in a text as it is sent (already through the channel's sweep, or not). */
function unprefixedIn(html: string): string[] {
  const text = plain(html);
  const misses: string[] = [];
  for (const match of text.matchAll(/(?<=^|[\s(“":])\/[a-z]+/gm)) {
    const before = text.slice(0, match.index);
    if (before.endsWith(`${BOT_MENTION} `)) continue;
    if (/(?:[Ll]ệnh|command|Telegram:)\s*$/.test(before)) continue; // named, or meant for Telegram
    misses.push(text.slice(Math.max(0, match.index - 30), match.index + 20));
  }
  return misses;
}

describe('prefixCommandHints', () => {
  it('prefixes typed commands, not dates, paths, links, named commands or Telegram forms', () => {
    const p = `${BOT_MENTION} `;
    expect(prefixCommandHints('đề nghị báo cáo tiến độ: <code>/tiendo GD1-01 &lt;%&gt;</code> hoặc /xong GD1-01', p)).toBe(
      `đề nghị báo cáo tiến độ: <code>${BOT_MENTION} /tiendo GD1-01 &lt;%&gt;</code> hoặc ${BOT_MENTION} /xong GD1-01`,
    );
    expect(prefixCommandHints('hạn 15/12/2023, chưa thực hiện/đang làm, <a href="https://x.vn/moi">/moi</a>', p)).toBe(
      `hạn 15/12/2023, chưa thực hiện/đang làm, <a href="https://x.vn/moi">${BOT_MENTION} /moi</a>`,
    );
    expect(prefixCommandHints(`Lệnh /moi chỉ dùng… Telegram: /ketnoi AB, Zalo: ${BOT_MENTION} /ketnoi AB`, p)).toBe(
      `Lệnh /moi chỉ dùng… Telegram: /ketnoi AB, Zalo: ${BOT_MENTION} /ketnoi AB`,
    );
  });
});

describe('on Zalo every command a message tells a user to type carries the mention', () => {
  let h: CommandHarness;
  const seen: { where: string; message: OutgoingMessage }[] = [];
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    const say = async (where: string, chat: string, text: string, zalo = true) => {
      const start = h.replies.length;
      if (zalo && chat !== STEERING_CHAT) await h.mention(chat, FOCAL, `${BOT_MENTION} ${text}`, { platform: 'zalo' });
      else await h.send(chat, chat === STEERING_CHAT ? SECRETARY : FOCAL, text, zalo ? { platform: 'zalo' } : {});
      for (const message of h.replies.slice(start)) seen.push({ where, message });
    };
    await say('/batdau', STEERING_CHAT, '/batdau', false);
    await say('/moi CAP5', STEERING_CHAT, '/moi CAP5', false);
    const code = /<code>(?:\/ketnoi )?([A-Z0-9]{8})<\/code>/.exec(seen.at(-1)?.message.html ?? '')?.[1];
    await say('/ketnoi', '-zalo-cap5', `/ketnoi ${code}`);
    for (const text of ['/trogiup', '/start', '/nhiemvu', '/tiendo', '/xong', '/giahan GD1-01', '/vuongmac', '/khonglenh', 'P5-01 xong rồi'])
      await say(text, '-zalo-cap5', text);
    await h.deliver();
    for (const queued of h.outbox.queued) seen.push({ where: `outbox ${queued.kind}`, message: queued.message });
  });

  it('in replies, task cards and errors', () => {
    expect(seen.length).toBeGreaterThan(10);
    const misses = seen.flatMap(({ where, message }) => unprefixedHints(message).map((miss) => `${where}: ${miss}`));
    expect(misses).toEqual([]);
  });

  it('/moi, sent in the steering group for a group on either messenger, gives both forms', () => {
    const invite = plain(seen.find((s) => s.where === '/moi CAP5')!.message.html);
    expect(invite).toMatch(/Telegram: \/ketnoi [A-Z0-9]{8}/);
    expect(invite).toMatch(/Zalo.*: @Điều phối \/ketnoi [A-Z0-9]{8}/);
  });
});

describe('on Zalo nudges and digests carry the mention before their commands', () => {
  let testDb: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    db = await openDatabase(testDb.url, { migrate: false });
  });
  afterAll(async () => {
    await db.close();
    await testDb.drop();
  });

  it('deadline nudges and unit digests', async () => {
    const world = await seedWorld(db, at('2023-02-20 00:00'));
    const deps = jobDeps(world.stores);
    const slotOf = (base: Omit<JobSlot, 'now' | 'late'>, now: Date): JobSlot => ({ ...base, now, late: false });
    for (const day of ['2023-02-28', '2023-03-03', '2023-03-10']) {
      for (const slot of (await deadlineNudgesJob.slots(deps, day)).slots) await deadlineNudgesJob.run(deps, slotOf(slot, at(`${day} 08:00`)));
      const { slots, batch } = await unitDigestJob.slots(deps, day);
      for (const slot of slots) await unitDigestJob.run(deps, slotOf(slot, at(`${day} 07:30`)), batch);
    }
    const kinds = new Set(deps.outbox.messages.map((m) => m.kind));
    expect(kinds.has('nudge')).toBe(true);
    expect(deps.outbox.messages.some((m) => /\/(tiendo|xong)/.test(m.message.html))).toBe(true);
    expect(deps.outbox.messages.flatMap((m) => unprefixedHints(m.message).map((miss) => `${m.kind}: ${miss}`))).toEqual([]);
  });

  it('the daily and weekly steering digests, as the outbox sends them to a Zalo steering group', async () => {
    const world = await seedWorld(db, at('2023-02-20 00:00'));
    const deps = jobDeps(world.stores);
    const ports = { stores: world.stores, outbox: deps.outbox };
    const cap5 = (await world.stores.chats.getChat(world.chatIds.CAP5))!;
    const catp = (await world.stores.chats.getChat(world.chatIds.CATP))!;
    const report = async (chat: typeof cap5, code: string, status: 'blocked' | 'done', note: string | null) =>
      reportStatus(ports, {
        task: (await world.stores.tasks.findTaskByCode(code))!,
        unitId: chat.unitId!,
        reporter: { id: '502', name: 'Đầu mối' },
        status,
        percent: null,
        note,
        channel: 'command',
        chat,
        sourceMessageId: null,
        now: at('2023-02-27 09:00'),
      });
    // a blocker, a "done" awaiting confirmation and an extension request: each section tells what to type
    expect((await report(cap5, 'P5-02', 'blocked', 'chưa được cấp kinh phí')).ok).toBe(true);
    expect((await report(catp, 'GD1-01', 'done', 'đã tổ chức hội nghị')).ok).toBe(true);
    const asked = await requestExtension(ports, {
      taskCode: 'P5-01',
      dueAt: at('2023-06-30 23:59'),
      reason: 'chờ kinh phí',
      chat: cap5,
      actor: { id: '502', name: 'Đầu mối' },
      now: at('2023-02-27 09:30'),
    });
    expect(asked.ok).toBe(true);
    const slotOf = (base: Omit<JobSlot, 'now' | 'late'>, now: Date): JobSlot => ({ ...base, now, late: false });
    const from = deps.outbox.messages.length;
    for (const [job, day] of [
      [steeringDigestJob, '2023-03-08'],
      [weeklySteeringDigestJob, '2023-03-10'],
    ] as const) {
      const { slots } = await job.slots(deps, day);
      expect(slots.length).toBeGreaterThan(0);
      for (const slot of slots) await job.run(deps, slotOf(slot, at(`${day} 17:00`)));
    }
    const digests = deps.outbox.messages.slice(from).filter((m) => m.kind === 'digest' && m.chatId === world.chatIds.steering);
    expect(digests).toHaveLength(2);
    const texts = digests.map((m) => plain(m.message.html)).join('\n');
    for (const command of ['/gotvuong', '/xacnhan', '/tralai', '/duyetgiahan', '/tuchoigiahan']) expect(texts).toContain(command);
    // the sweep as the outbox applies it, part by part (a long digest is split at Zalo's 2,000 characters)
    const misses = digests.flatMap((m) =>
      messageParts(m.message, ZALO).flatMap((part) => unprefixedIn(part.html).map((miss) => `${m.idempotencyKey}: ${miss}`)),
    );
    expect(misses).toEqual([]);
  });
});
