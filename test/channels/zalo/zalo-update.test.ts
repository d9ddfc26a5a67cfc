import { describe, expect, it } from 'vitest';
import { readZaloUpdate, stripBotMention, zaloUpdateKey, zaloUpdateToEvent } from '../../../src/channels/zalo/zalo-update.ts';

const reading = { botNames: ['Điều phối'], groupsDeliverMentionsOnly: true };

function update(text: string | undefined, overrides: { chatType?: string; event?: string; photo?: string } = {}) {
  return {
    event_name: overrides.event ?? 'message.text.received',
    message: {
      message_id: 'm-77',
      from: { id: '5001', display_name: 'Nguyễn Văn An', is_bot: false },
      chat: { id: 'g-42', chat_type: overrides.chatType ?? 'GROUP' },
      date: 1_764_400_000_000,
      ...(text !== undefined ? { text } : {}),
      ...(overrides.photo ? { photo_url: overrides.photo, caption: 'ảnh hiện trường' } : {}),
    },
  };
}

const eventOf = (body: unknown) => {
  const parsed = readZaloUpdate(body);
  if (!parsed) throw new Error('not an update');
  return zaloUpdateToEvent(parsed, reading);
};

describe('Zalo update → neutral event', () => {
  it('reads "@Điều phối /ketnoi CODE" in a group as the command, the mention stripped', () => {
    expect(eventOf(update('@Điều phối /ketnoi AB12CD'))).toEqual({
      platform: 'zalo',
      kind: 'command',
      updateKey: 'message.text.received:m-77',
      chat: { externalId: 'g-42', type: 'group', title: null },
      user: { externalId: '5001', name: 'Nguyễn Văn An' },
      messageId: 'm-77',
      name: 'ketnoi',
      rawArgs: 'AB12CD',
      addressee: null,
    });
  });

  it('accepts the command without the mention too, and a mention in other case or with a colon', () => {
    expect(eventOf(update('/NhiemVu'))).toMatchObject({ kind: 'command', name: 'nhiemvu', rawArgs: '' });
    expect(eventOf(update('@điều phối: /tiendo P5-01 60'))).toMatchObject({ kind: 'command', name: 'tiendo', rawArgs: 'P5-01 60' });
    expect(eventOf(update('/xong@dieuphoi P5-01'))).toMatchObject({ kind: 'command', name: 'xong', addressee: 'dieuphoi' });
  });

  it('gives other group text as a text event that mentions the bot, the mention stripped', () => {
    expect(eventOf(update('@Điều phối P5-01 xong rồi'))).toMatchObject({ kind: 'text', text: 'P5-01 xong rồi', mentionsBot: true });
    // Groups deliver only mentions (reported): a text without the leading mention still addressed the bot.
    expect(eventOf(update('P5-01 xong rồi'))).toMatchObject({ kind: 'text', mentionsBot: true });
    const all = readZaloUpdate(update('P5-01 xong rồi'));
    expect(all && zaloUpdateToEvent(all, { ...reading, groupsDeliverMentionsOnly: false })).toMatchObject({ mentionsBot: false });
  });

  it('reads private chats, string ids from numbers, and a body wrapped in {ok, result}', () => {
    const wrapped = {
      ok: true,
      result: {
        ...update('chào bot', { chatType: 'PRIVATE' }),
        message: { ...update('chào').message, message_id: 12, chat: { id: 99, chat_type: 'PRIVATE' } },
      },
    };
    expect(eventOf(wrapped)).toMatchObject({ kind: 'text', chat: { externalId: '99', type: 'private' }, messageId: '12', mentionsBot: false });
  });

  it('turns an image into a file event with its URL and caption; ignores stickers, bots and non-updates', () => {
    expect(eventOf(update(undefined, { event: 'message.image.received', photo: 'https://zalo.example/p.jpg' }))).toMatchObject({
      kind: 'file',
      file: { kind: 'photo', fileId: 'https://zalo.example/p.jpg', caption: 'ảnh hiện trường' },
    });
    expect(eventOf(update(undefined, { event: 'message.sticker.received' }))).toBeNull();
    const fromBot = update('/nhiemvu');
    fromBot.message.from.is_bot = true;
    expect(eventOf(fromBot)).toBeNull();
    expect(readZaloUpdate({ ok: false, error_code: 408 })).toBeNull();
    expect(readZaloUpdate('hello')).toBeNull();
    expect(readZaloUpdate({ event_name: 'message.text.received', message: { message_id: 'x' } })).toBeNull();
  });

  it('strips the bot mention from an image caption', () => {
    const image = update(undefined, { event: 'message.image.received', photo: 'https://zalo.example/p.jpg' });
    (image.message as { caption?: string }).caption = '@Điều phối P5-01 biên bản tuần tra';
    expect(eventOf(image)).toMatchObject({ kind: 'file', file: { caption: 'P5-01 biên bản tuần tra' }, mentionsBot: true, botMention: '@Điều phối' });
  });

  it('marks an image addressed to the bot only where it is: a mention, a private chat, a mentions-only group', () => {
    const image = update(undefined, { event: 'message.image.received', photo: 'https://zalo.example/p.jpg' });
    (image.message as { caption?: string }).caption = 'ảnh đẹp';
    const parsed = readZaloUpdate(image);
    if (!parsed) throw new Error('not an update');
    expect(zaloUpdateToEvent(parsed, { ...reading, groupsDeliverMentionsOnly: false })).toMatchObject({ mentionsBot: false });
    expect(zaloUpdateToEvent(parsed, reading)).toMatchObject({ mentionsBot: true });
    expect(zaloUpdateToEvent(parsed, reading)).not.toHaveProperty('botMention');
    const alone = readZaloUpdate(update(undefined, { event: 'message.image.received', photo: 'https://zalo.example/q.jpg', chatType: 'PRIVATE' }));
    if (!alone) throw new Error('not an update');
    expect(zaloUpdateToEvent(alone, { ...reading, groupsDeliverMentionsOnly: false })).toMatchObject({ mentionsBot: true });
  });

  it('removes control characters (NUL) from the text before anything reads it', () => {
    expect(eventOf(update('@Điều phối P5-01\u0000 xong'))).toMatchObject({ text: 'P5-01 xong' });
  });

  it('keys an update by event name and message id', () => {
    const parsed = readZaloUpdate(update('x'));
    expect(parsed && zaloUpdateKey(parsed)).toBe('message.text.received:m-77');
  });

  it('strips only a whole bot name, the longest first', () => {
    expect(stripBotMention('@Điều phối BCĐ /nhiemvu', ['Điều phối', 'Điều phối BCĐ'])).toBe('/nhiemvu');
    expect(stripBotMention('@Điều phốii /nhiemvu', ['Điều phối'])).toBeNull();
    expect(stripBotMention('@Lan ơi', ['Điều phối'])).toBeNull();
    expect(stripBotMention('không có mention', ['Điều phối'])).toBeNull();
  });
});
