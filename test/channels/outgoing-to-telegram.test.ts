import { describe, expect, it } from 'vitest';
import { toSendFileParts, toSendMessageParts } from '../../src/channels/telegram/outgoing-to-telegram.ts';
import { TELEGRAM_CAPABILITIES } from '../../src/channels/telegram/telegram-capabilities.ts';
import { fitToChannel } from '../../src/core/text/fit-to-channel.ts';
import { escapeHtml } from '../../src/core/text/html.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { mentionMark } from '../../src/core/text/mention.ts';
import { toTelegramHtml } from '../../src/channels/telegram/render-telegram-html.ts';

const BUTTONS = [[{ text: 'Xong', data: 'st:12:dn', fallback: '/xong P5-01' }], [{ text: 'Hướng dẫn', url: 'https://example.org/hd' }]];

describe('rendering a neutral message for Telegram', () => {
  it('splits at 4096 characters with valid HTML, reply on the first part and buttons only on the last', () => {
    const line = `<b>Đơn vị</b> ${escapeHtml('<khu 3> & "tổ 5"')} — nhiệm vụ rà soát\n`;
    const html = line.repeat(Math.ceil(9_000 / line.length));
    const parts = toSendMessageParts({ html, buttons: BUTTONS, replyToMessageId: '77' });
    expect(parts.length).toBe(3);
    for (const part of parts) {
      expect(part.text.length).toBeLessThanOrEqual(4096);
      expect(part.other.parse_mode).toBe('HTML');
      expect((part.text.match(/<b>/g) ?? []).length).toBe((part.text.match(/<\/b>/g) ?? []).length);
      expect(part.text).not.toMatch(/<khu|& "/);
    }
    expect(parts[0]!.other.reply_parameters).toEqual({ message_id: 77, allow_sending_without_reply: true });
    expect(parts.slice(1).every((p) => p.other.reply_parameters === undefined)).toBe(true);
    expect(parts.slice(0, -1).every((p) => p.other.reply_markup === undefined)).toBe(true);
    expect(parts.at(-1)!.other.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'Xong', callback_data: 'st:12:dn' }], [{ text: 'Hướng dẫn', url: 'https://example.org/hd' }]],
    });
  });

  it('refuses callback data over 64 bytes (counted in UTF-8, not characters)', () => {
    const ok = 'x'.repeat(64);
    expect(() => toSendMessageParts({ html: 'a', buttons: [[{ text: 'b', data: ok }]] })).not.toThrow();
    expect(() => toSendMessageParts({ html: 'a', buttons: [[{ text: 'b', data: 'đ'.repeat(33) }]] })).toThrow(/64 bytes/);
  });

  it('uploads each file after the text: a document through sendDocument, a photo through sendPhoto', () => {
    const files = toSendFileParts({
      html: 'Báo cáo',
      silent: true,
      attachments: [
        {
          kind: 'document',
          fileName: 'bao-cao.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          bytes: new Uint8Array([1, 2]),
        },
        { kind: 'photo', fileName: 'bieu-do.png', mimeType: 'image/png', bytes: new Uint8Array([3]) },
      ],
    });
    expect(files.map((f) => [f.method, f.file.filename, f.other])).toEqual([
      ['sendDocument', 'bao-cao.xlsx', { disable_notification: true }],
      ['sendPhoto', 'bieu-do.png', { disable_notification: true }],
    ]);
    expect(toSendMessageParts({ html: 'Báo cáo', attachments: [] })).toHaveLength(1);
  });

  it('renders a neutral mention as a tg://user link; a channel without links reads "@Name"', () => {
    const html = `${mentionMark({ externalUserId: '502', displayName: 'Lê <Hoa>' })}: đề nghị báo cáo`;
    const [part] = toSendMessageParts({ html });
    expect(part!.text).toBe('<a href="tg://user?id=502">Lê &lt;Hoa&gt;</a>: đề nghị báo cáo');
    expect(marksToPlainText(html)).toBe('@Lê <Hoa>: đề nghị báo cáo');
    // an id that is not a plain number cannot break out of the link
    expect(toTelegramHtml(mentionMark({ externalUserId: '1"><b>x', displayName: 'A' }))).toBe('<a href="tg://user?id=1%22%3E%3Cb%3Ex">A</a>');
  });
});

describe('degrading by a channel’s declared capabilities', () => {
  const plain = { ...TELEGRAM_CAPABILITIES, buttons: false, photos: false, documents: false };

  it('writes actions out as their text fallback and links as their address where there are no buttons', () => {
    const fitted = fitToChannel({ html: 'Nhiệm vụ <code>P5-01</code>', buttons: BUTTONS }, plain);
    expect(fitted.buttons).toBeUndefined();
    expect(fitted.html).toBe('Nhiệm vụ <code>P5-01</code>\n\nXong: /xong P5-01\nHướng dẫn: https://example.org/hd');
  });

  it('leaves Telegram’s message untouched and drops files a channel cannot send at all', () => {
    const message = {
      html: 'a',
      buttons: BUTTONS,
      attachments: [{ kind: 'photo' as const, fileName: 'c.png', mimeType: 'image/png', bytes: new Uint8Array([1]) }],
    };
    expect(fitToChannel(message, TELEGRAM_CAPABILITIES)).toEqual(message);
    expect(fitToChannel(message, plain).attachments).toBeUndefined();
    expect(fitToChannel(message, { ...plain, documents: true }).attachments?.[0]?.kind).toBe('document');
  });
});
