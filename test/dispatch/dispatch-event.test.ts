import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { CommandContext, CommandDefinition } from '../../commands/types.ts';
import type { Database } from '../../src/db/open-database.ts';
import type { ChannelSession } from '../../src/dispatch/channel-session.ts';
import { createDispatcher } from '../../src/dispatch/dispatch-event.ts';
import type { DispatchRegistry } from '../../src/dispatch/dispatch-registry.ts';
import type { CommandEvent } from '../../src/dispatch/inbound-event.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

function command(name: string, handle: (ctx: CommandContext) => Promise<void>): CommandDefinition {
  return { name, help: { vi: name, en: name }, usage: { vi: `/${name}`, en: `/${name}` }, args: z.string(), handle } as CommandDefinition;
}

/** A registry of two commands that show what the dispatcher hands a handler. */
function stubRegistry(seen: CommandContext[]): DispatchRegistry {
  const commands = [
    command('ai', async (ctx) => void seen.push(ctx)),
    command('gui', async (ctx) => {
      seen.push(ctx);
      const target = await ctx.deps.stores.chats.findChat('zalo', 'zg-1');
      await ctx.sendTo(target!.id, { html: 'Đề nghị xác nhận <b>P5-01</b>' });
    }),
    command('tra', async (ctx) => {
      seen.push(ctx);
      await ctx.reply({ html: 'Đã ghi nhận <b>P5-01</b>' });
    }),
    command('hong', async () => {
      throw new Error('database exploded at bot123456789:SECRETSECRETSECRETSECRETSECRET');
    }),
  ];
  return {
    commands,
    buttonActions: [],
    replyHandlers: [],
    fileHandlers: [],
    findCommand: (name) => commands.find((c) => c.name === name),
    runCommand: (definition, ctx, rawArgs) => definition.handle(ctx, rawArgs as never),
  };
}

function session(replies: string[]): ChannelSession {
  return {
    capabilities: { textLimit: 2000, buttons: false, edits: false, documents: true, photos: true, replyThreads: false, groupReading: 'mentions_only' },
    botUsername: 'dieuphoi_bot',
    reply: async (message) => {
      replies.push(message.html);
      return [{ messageId: String(replies.length) }];
    },
    isChatAdmin: async () => false,
  };
}

function commandEvent(platform: 'telegram' | 'zalo', updateKey: string, userId: string, name = 'ai'): CommandEvent {
  return {
    platform,
    updateKey,
    kind: 'command',
    name,
    rawArgs: '',
    addressee: null,
    chat: { externalId: platform === 'zalo' ? 'zg-1' : '-9001', type: 'group', title: 'Nhóm thử' },
    user: { externalId: userId, name: 'Người thử' },
    messageId: '42',
  };
}

describe('the dispatcher', () => {
  let h: CommandHarness;
  let db: Database;
  withHarness({ per: 'each' }, async (harness, database) => {
    h = harness;
    db = database;
  });

  it('runs an update once per platform: the same key from two messengers is two updates', async () => {
    const seen: CommandContext[] = [];
    const dispatcher = createDispatcher(h.deps, stubRegistry(seen));
    const replies: string[] = [];
    expect((await dispatcher.dispatch(commandEvent('telegram', '7', '501'), session(replies))).status).toBe('handled');
    expect((await dispatcher.dispatch(commandEvent('zalo', '7', 'u-501'), session(replies))).status).toBe('handled');
    expect((await dispatcher.dispatch(commandEvent('telegram', '7', '501'), session(replies))).status).toBe('duplicate');
    expect(seen.map((ctx) => ctx.platform)).toEqual(['telegram', 'zalo']);
    const keys = (await db.prisma.processedUpdate.findMany({ where: { key: { endsWith: ':7' } } })).map((row) => row.key).sort();
    expect(keys).toEqual(['telegram:7', 'zalo:7']);
  });

  it('reads the secretariat per platform: telegram:1001 is not the Zalo user "1001"', async () => {
    const seen: CommandContext[] = [];
    const dispatcher = createDispatcher(h.deps, stubRegistry(seen));
    await dispatcher.dispatch(commandEvent('telegram', '1', SECRETARY.id), session([]));
    await dispatcher.dispatch(commandEvent('zalo', '2', SECRETARY.id), session([]));
    expect(seen.map((ctx) => [ctx.platform, ctx.isSecretariat])).toEqual([
      ['telegram', true],
      ['zalo', false],
    ]);
  });

  it('queues a message for a chat on another messenger in the outbox, keyed by the event', async () => {
    const zalo = await h.stores.chats.ensureChat({ platform: 'zalo', externalId: 'zg-1', title: 'Nhóm Zalo' });
    const seen: CommandContext[] = [];
    const dispatcher = createDispatcher(h.deps, stubRegistry(seen));
    const replies: string[] = [];
    await dispatcher.dispatch(commandEvent('telegram', '11', '501', 'gui'), session(replies));
    expect(replies).toEqual([]);
    expect(h.outbox.to(zalo.id)).toEqual([
      expect.objectContaining({ chatId: zalo.id, kind: 'reply', idempotencyKey: 'sendto:telegram:11:1', message: { html: 'Đề nghị xác nhận <b>P5-01</b>' } }),
    ]);
  });

  it('catches a failing handler per event: a short apology in the chat, the error only in the log', async () => {
    const replies: string[] = [];
    const dispatcher = createDispatcher(h.deps, stubRegistry([]));
    const outcome = await dispatcher.dispatch(commandEvent('zalo', '21', 'u-1', 'hong'), session(replies));
    expect(outcome.status).toBe('failed');
    expect(replies).toEqual(['Xin lỗi, đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.']);
    expect((await dispatcher.dispatch(commandEvent('zalo', '22', 'u-1'), session(replies))).status).toBe('handled');
  });

  it('queues a direct answer the messenger did not take (network error) in the outbox, once, as a reply to the message', async () => {
    const dispatcher = createDispatcher(h.deps, stubRegistry([]));
    const failing: ChannelSession = {
      ...session([]),
      reply: async () => {
        throw new Error('Network request for sendMessage failed: socket hang up');
      },
    };
    const before = h.outbox.queued.length;
    expect((await dispatcher.dispatch(commandEvent('telegram', '77', '501', 'tra'), failing)).status).toBe('handled');
    const chat = await h.chat('-9001');
    expect(h.outbox.queued.slice(before).map((q) => [q.chatId, q.kind, q.idempotencyKey, q.message])).toEqual([
      [chat.id, 'reply', 'reply:telegram:77:1', { html: 'Đã ghi nhận <b>P5-01</b>', replyToMessageId: '42' }],
    ]);
    // delivered again by the messenger: run once, so the answer is not queued twice
    expect((await dispatcher.dispatch(commandEvent('telegram', '77', '501', 'tra'), failing)).status).toBe('duplicate');
    expect(h.outbox.queued.length).toBe(before + 1);
  });

  it('records the chat and its sender once per update; handlers write the member no more', async () => {
    await h.bindSteeringAndUnit();
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    const chats = h.deps.stores.chats;
    const upsert = chats.upsertMember.bind(chats);
    let writes = 0;
    chats.upsertMember = (...args) => {
      writes += 1;
      return upsert(...args);
    };
    try {
      await h.press(CAP5_CHAT, FOCAL, `st:${task.id}:ip`);
      expect(writes).toBe(1);
      await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 40');
      expect(writes).toBe(2);
    } finally {
      chats.upsertMember = upsert;
    }
    const chat = await h.chat(CAP5_CHAT);
    expect(await h.stores.chats.findMember(chat.id, FOCAL.id)).toMatchObject({ displayName: FOCAL.name });
  });

  it('is what the command harness calls: every harness step is an InboundEvent run once through it', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
    const [event] = h.events;
    expect(event).toMatchObject({ platform: 'telegram', kind: 'command', name: 'batdau' });
    expect(await db.prisma.processedUpdate.count({ where: { key: `telegram:${event!.updateKey}` } })).toBe(1);
    // handed again (a redelivery), it changes nothing and says nothing
    const before = h.replies.length;
    expect((await h.dispatch(event!)).status).toBe('duplicate');
    expect(h.replies.length).toBe(before);
    // an unknown or stale button is answered by the dispatcher, not by a routing of the harness's own
    await h.press(STEERING_CHAT, SECRETARY, 'zz:1');
    expect(h.toasts.at(-1)).toBe('Nút này không còn hiệu lực.');
  });
});
