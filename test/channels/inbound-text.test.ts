import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stripControlChars, stripControlCharsWithSpans } from '../../src/core/text/control-chars.ts';
import { createStubRegistry, type StubLog } from './support/stub-registry.ts';
import { BOT_USERNAME, createHarness, type Harness } from './support/telegram-harness.ts';
import { focalPoint, messageUpdate, unitGroup } from './support/updates.ts';

describe('Telegram channel: the boundary where inbound text enters', () => {
  let h: Harness;
  let log: StubLog;

  beforeAll(async () => {
    const stub = createStubRegistry();
    log = stub.log;
    h = await createHarness({ registry: stub.registry });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.calls.length = 0;
    log.commands.length = 0;
    log.replies.length = 0;
  });

  it('removes NUL and other control characters from texts, names and titles, keeping newlines, tabs and the command entity', async () => {
    const chat = { ...unitGroup, id: -1_007_000_000_001, title: 'Tổ\u0000 công tác\u0007' };
    const from = { ...focalPoint, id: 777_000_001, first_name: 'Hoa\u0000', last_name: 'Trần\u001b[31m' };
    const update = messageUpdate({ chat, from, text: `/tiendo@${BOT_USERNAME} P5-01 50%\u0000 đang\u0008 làm\n\tdòng 2` });
    // a control character inside the command itself: the entity must still cover "/tiendo@…"
    const text = update.message!.text!;
    update.message!.text = `\u0000${text}`;
    update.message!.entities = [{ type: 'bot_command', offset: 1, length: `/tiendo@${BOT_USERNAME}`.length }];
    await h.telegram.bot.handleUpdate(update);

    expect(log.commands).toHaveLength(1);
    expect(log.commands[0]!.args).toBe('P5-01 50% đang làm\n\tdòng 2');
    expect(log.commands[0]!.ctx.user.name).toBe('Hoa Trần[31m');
    const stored = await h.stores.chats.findChat('telegram', String(chat.id));
    expect(stored?.title).toBe('Tổ công tác');
    const member = await h.stores.chats.findMember(stored!.id, String(from.id));
    expect(member?.displayName).toBe('Hoa Trần[31m');
  });

  it('removes U+FFFE, U+FFFF and lone surrogates, which XML 1.0 forbids, before a report is stored', async () => {
    const chat = { ...unitGroup, id: -1_007_000_000_003 };
    const from = { ...focalPoint, id: 777_000_003 };
    await h.telegram.bot.handleUpdate(messageUpdate({ chat, from, text: '/tiendo P5-01 abc \ufffe\uffff thiếu\ud800 kinh phí 😀' }));
    expect(log.commands).toHaveLength(1);
    expect(log.commands[0]!.args).toBe('P5-01 abc  thiếu kinh phí 😀');
  });

  it('ignores an update without a sender quietly: no reply, no chat recorded', async () => {
    const chat = { ...unitGroup, id: -1_007_000_000_002 };
    const update = messageUpdate({ chat, from: focalPoint, text: '/tiendo P5-01 50' });
    delete (update.message as { from?: unknown }).from;
    await h.telegram.bot.handleUpdate(update);
    expect(log.commands).toEqual([]);
    expect(h.calls).toEqual([]);
    expect(await h.stores.chats.findChat('telegram', String(chat.id))).toBeNull();
  });
});

describe('stripControlCharsWithSpans', () => {
  it('moves spans over removed characters and drops spans left empty', () => {
    const result = stripControlCharsWithSpans('a\u0000@hoa b\u0001\u0002c', [
      { offset: 2, length: 4 },
      { offset: 8, length: 2 },
      { offset: 7, length: 1 },
    ]);
    expect(result.text).toBe('a@hoa bc');
    expect(result.spans).toEqual([
      { offset: 1, length: 4 },
      { offset: 6, length: 1 },
    ]);
  });
});

describe('stripControlChars', () => {
  it('drops noncharacters of every plane and lone surrogates, keeps pairs, tab, newline and ordinary text', () => {
    const text = 'a\ufffeb\uffffc\ufdd0d\u{1fffe}e\u{10ffff}f\udc00g\ud83d\ude00\th\ni\u0000\u0085';
    expect(stripControlChars(text)).toBe('abcdefg\ud83d\ude00\th\ni ');
  });

  it('keeps words apart where a spacing control stood (vertical tab, form feed, NEL), spans unmoved', () => {
    expect(stripControlChars('thiếu người\u000Bhết\u000Cngày\u0085mai')).toBe('thiếu người hết ngày mai');
    const result = stripControlCharsWithSpans('a\u000B@hoa', [{ offset: 2, length: 4 }]);
    expect(result).toEqual({ text: 'a @hoa', spans: [{ offset: 2, length: 4 }] });
  });

  it('moves spans over a removed noncharacter beyond U+FFFF (two UTF-16 units)', () => {
    const result = stripControlCharsWithSpans('\u{1fffe}/tiendo \uffff@hoa', [
      { offset: 2, length: 7 },
      { offset: 11, length: 4 },
    ]);
    expect(result.text).toBe('/tiendo @hoa');
    expect(result.spans).toEqual([
      { offset: 0, length: 7 },
      { offset: 8, length: 4 },
    ]);
  });
});
