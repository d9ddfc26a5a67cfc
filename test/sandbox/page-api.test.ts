import { Bot } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/time/clock.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { createSandboxServer, nextMorning, type SandboxServer, seedSandboxChats } from '../../src/sandbox/index.ts';

const SPEC = {
  steering: { title: 'BCĐ thành phố Trà Vinh', members: [{ name: 'Lê Văn Thường Trực', username: 'thuongtruc' }, { name: 'Phạm Lãnh Đạo' }] },
  units: [
    { code: 'CAP5', title: 'Công an Phường 5', members: [{ name: 'Trần Đầu Mối' }, { name: 'Ngô Cán Bộ' }] },
    { code: 'UBND_P5', title: 'UBND Phường 5', members: [{ name: 'Võ Văn Phường' }, { name: 'Lê Văn Thường Trực' }] },
  ],
};

let server: SandboxServer;
let url: string;
let clock: ManualClock;
let clockChanges: number[];

beforeEach(async () => {
  clock = new ManualClock(vietnamInstant(2023, 12, 1, 9, 15));
  clockChanges = [];
  server = createSandboxServer({
    clock: { now: () => clock.now().getTime(), set: (ms) => clock.set(ms) },
    onClockChange: (ms) => {
      clockChanges.push(ms);
    },
  });
  ({ url } = await server.listen());
});
afterEach(async () => {
  await server.close();
});

const post = async (path: string, body: unknown) => {
  const response = await fetch(new URL(`sandbox/api/${path}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const state = async (query = '') =>
  (await (await fetch(new URL(`sandbox/api/state${query}`, url))).json()) as {
    seq: number;
    now: number;
    chats: { id: number; title: string; botIsMember: boolean; members: { id: number; name: string; status: string }[] }[];
    messages: { chatId: number; seq: number; message: { message_id: number; text?: string } }[];
  };

describe('sandbox web page and its API', () => {
  it('serves the page, its script and style', async () => {
    const page = await fetch(url);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    for (const id of ['chat-list', 'composer-input', 'composer-send', 'member-select', 'clock-advance-day', 'clock-next-morning']) {
      expect(html).toContain(`data-testid="${id}"`);
    }
    expect((await fetch(new URL('app.js', url))).headers.get('content-type')).toContain('javascript');
    expect((await fetch(new URL('render-entities.js', url))).status).toBe(200);
    expect((await fetch(new URL('style.css', url))).status).toBe(200);
  });

  it('seeds the steering and unit groups with named members and a fixed secretariat id', async () => {
    const seeded = seedSandboxChats(server, SPEC);
    expect(seeded.secretariatUserId).toBe(100_001);
    expect(Object.keys(seeded.unitChatIds)).toEqual(['CAP5', 'UBND_P5']);
    expect(seeded.userIdsByName['Lê Văn Thường Trực']).toBe(seeded.secretariatUserId);
    const snapshot = await state();
    expect(snapshot.chats.map((c) => c.title)).toEqual(['BCĐ thành phố Trà Vinh', 'Công an Phường 5', 'UBND Phường 5']);
    expect(snapshot.chats[0]).toMatchObject({ id: seeded.steeringChatId, botIsMember: true });
    expect(snapshot.chats[0]?.members[0]).toMatchObject({ id: 100_001, name: 'Lê Văn Thường Trực', status: 'creator' });
    expect(snapshot.chats[2]?.members.map((m) => m.name)).toEqual(['Võ Văn Phường', 'Lê Văn Thường Trực']);
  });

  it('can seed groups without the bot, to be added from the page', async () => {
    const seeded = seedSandboxChats(server, SPEC, { botInGroups: false });
    const chatId = seeded.unitChatIds.CAP5!;
    expect((await state()).chats.every((c) => !c.botIsMember)).toBe(true);
    const added = await post('bot-membership', { chatId, fromUserId: seeded.userIdsByName['Trần Đầu Mối'], action: 'add' });
    expect(added.status).toBe(200);
    expect((await state()).chats.find((c) => c.id === chatId)?.botIsMember).toBe(true);
  });

  it('sends a message as a member, replies, and returns only changes after `since`', async () => {
    const seeded = seedSandboxChats(server, SPEC);
    const chatId = seeded.unitChatIds.CAP5!;
    const fromUserId = seeded.userIdsByName['Trần Đầu Mối'];
    const before = await state();
    const first = await post('messages', { chatId, fromUserId, text: '/baocao 1 đang làm' });
    expect(first.status).toBe(200);
    const firstId = (first.body.message as { message_id: number }).message_id;
    const reply = await post('messages', { chatId, fromUserId, text: 'bổ sung', replyToMessageId: firstId });
    expect(reply.body.message).toMatchObject({ reply_to_message: { message_id: firstId } });
    const changes = await state(`?since=${before.seq}`);
    expect(changes.messages.map((m) => m.message.text)).toEqual(['/baocao 1 đang làm', 'bổ sung']);
    expect((await state(`?since=${changes.seq}`)).messages).toEqual([]);
    const notMember = await post('messages', { chatId, fromUserId: seeded.userIdsByName['Phạm Lãnh Đạo'], text: 'x' });
    expect(notMember.status).toBe(422);
  });

  it('long-polls state until something changes', async () => {
    const seeded = seedSandboxChats(server, SPEC);
    const { seq } = await state();
    const waiting = state(`?since=${seq}&wait=5`);
    setTimeout(() => server.sendUserMessage({ chatId: seeded.steeringChatId, fromUserId: seeded.secretariatUserId, text: 'chào' }), 30);
    const changes = await waiting;
    expect(changes.messages.map((m) => m.message.text)).toEqual(['chào']);
  });

  it("presses a button by index and returns the bot's callback answer", async () => {
    const seeded = seedSandboxChats(server, SPEC);
    const chatId = seeded.unitChatIds.CAP5!;
    const bot = new Bot(server.token, { client: { apiRoot: server.address!.apiRoot } });
    bot.callbackQuery('ok', (ctx) => ctx.answerCallbackQuery({ text: 'Đã xác nhận' }));
    const sent = await bot.api.sendMessage(chatId, 'Xác nhận?', {
      reply_markup: {
        inline_keyboard: [
          [
            { text: 'Không', callback_data: 'no' },
            { text: 'Có', callback_data: 'ok' },
          ],
        ],
      },
    });
    const running = bot.start({ timeout: 1 });
    try {
      const pressed = await post('press', { chatId, fromUserId: seeded.userIdsByName['Ngô Cán Bộ'], messageId: sent.message_id, index: 1 });
      expect(pressed.body).toMatchObject({ ok: true, answered: true, answer: { text: 'Đã xác nhận' } });
    } finally {
      await bot.stop();
      await running;
    }
  });

  it('uploads a file from the page and serves it back', async () => {
    const seeded = seedSandboxChats(server, SPEC);
    const form = new FormData();
    form.set('chatId', String(seeded.steeringChatId));
    form.set('fromUserId', String(seeded.secretariatUserId));
    form.set('kind', 'document');
    form.set('caption', 'Kế hoạch 45');
    form.set('file', new Blob(['nội dung kế hoạch'], { type: 'text/plain' }), 'ke-hoach-45.txt');
    const response = await fetch(new URL('sandbox/api/upload', url), { method: 'POST', body: form });
    const body = (await response.json()) as { message: { document: { file_id: string; file_name: string } } };
    expect(body.message.document.file_name).toBe('ke-hoach-45.txt');
    const file = await fetch(new URL(`sandbox/api/files/${body.message.document.file_id}`, url));
    expect(await file.text()).toBe('nội dung kế hoạch');
  });

  it('moves the host clock and calls onClockChange', async () => {
    const start = clock.now().getTime();
    const hour = await post('clock', { advanceMs: 3_600_000 });
    expect(hour.body.now).toBe(start + 3_600_000);
    const morning = await post('clock', { preset: 'next-morning' });
    expect(morning.body.now).toBe(vietnamInstant(2023, 12, 2, 7, 30).getTime());
    expect(clockChanges).toEqual([start + 3_600_000, vietnamInstant(2023, 12, 2, 7, 30).getTime()]);
    expect((await state()).now).toBe(clock.now().getTime());
  });

  it('runs two quick taps one after the other, the second from where the first stopped (QA14 #5)', async () => {
    await server.close();
    const moves: number[] = [];
    // the real sandbox walks the bot's jobs through the skipped time: a move takes a while and sets the clock at its end
    server = createSandboxServer({
      clock: { now: () => clock.now().getTime(), set: (ms) => clock.set(ms) },
      moveClock: async (ms) => {
        moves.push(ms);
        await new Promise((resolve) => setTimeout(resolve, 150));
        clock.set(ms);
      },
    });
    ({ url } = await server.listen());
    const start = clock.now().getTime();
    const day = 86_400_000;
    const [first, second] = await Promise.all([post('clock', { advanceMs: day }), post('clock', { advanceMs: day })]);
    expect(moves).toEqual([start + day, start + 2 * day]);
    expect([first.body.now, second.body.now]).toEqual([start + day, start + 2 * day]);
    expect(clock.now().getTime()).toBe(start + 2 * day);
  });

  it('computes the next 07:30 in Vietnam', () => {
    expect(nextMorning(vietnamInstant(2023, 12, 1, 6, 0).getTime())).toBe(vietnamInstant(2023, 12, 1, 7, 30).getTime());
    expect(nextMorning(vietnamInstant(2023, 12, 31, 23, 0).getTime())).toBe(vietnamInstant(2024, 1, 1, 7, 30).getTime());
  });
});
