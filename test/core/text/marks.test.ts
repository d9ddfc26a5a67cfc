import { describe, expect, it } from 'vitest';
import { toTelegramHtml } from '../../../src/channels/telegram/render-telegram-html.ts';
import { zaloPlainText } from '../../../src/channels/zalo/zalo-text.ts';
import { escapeHtml } from '../../../src/core/text/html.ts';
import { MarkupError, marksToPlainText, parseMarks } from '../../../src/core/text/marks.ts';
import { mentionMark } from '../../../src/core/text/mention.ts';

describe('neutral message markup', () => {
  it('parses the neutral marks into spans, entities decoded', () => {
    expect(parseMarks('<b>P5-01</b> &lt;hạn&gt; <i>a &amp; b</i>')).toEqual([
      { kind: 'mark', mark: 'bold', children: [{ kind: 'text', text: 'P5-01' }] },
      { kind: 'text', text: ' <hạn> ' },
      { kind: 'mark', mark: 'italic', children: [{ kind: 'text', text: 'a & b' }] },
    ]);
    expect(parseMarks(`${mentionMark({ externalUserId: '7', displayName: 'Lê <Hoa>' })} xem`)).toEqual([
      { kind: 'mention', memberId: '7', name: 'Lê <Hoa>' },
      { kind: 'text', text: ' xem' },
    ]);
    expect(parseMarks('<a href="https://x.vn/?a=1&amp;b=2">tải</a>')).toEqual([
      { kind: 'link', href: 'https://x.vn/?a=1&b=2', children: [{ kind: 'text', text: 'tải' }] },
    ]);
  });

  it('refuses what is not neutral: a Telegram-only tag, an unbalanced tag, a raw "<"', () => {
    expect(() => parseMarks('<u>gạch chân</u>')).toThrow(MarkupError);
    expect(() => parseMarks('<tg-spoiler>x</tg-spoiler>')).toThrow(MarkupError);
    expect(() => parseMarks('<b>đậm')).toThrow(MarkupError);
    expect(() => parseMarks('<b>a</i>')).toThrow(MarkupError);
    expect(() => parseMarks('hạn <dd/MM/yyyy>')).toThrow(MarkupError);
    expect(() => parseMarks('a < b')).toThrow(MarkupError);
  });

  it('leniently keeps a stray tag as visible text, so a channel never drops the message', () => {
    expect(marksToPlainText('<u>x</u> <b>y')).toBe('<u>x</u> y');
    expect(toTelegramHtml('a < b <b>đậm</b>')).toBe('a &lt; b <b>đậm</b>');
  });

  it('renders for Telegram: its own tags, mentions as tg://user links, text escaped', () => {
    const markup = `<b>Nhắc</b> ${mentionMark({ externalUserId: '502', displayName: 'A&B' })}: <code>/xong P1-01</code>\n<blockquote>${escapeHtml('"trích"')}</blockquote><pre>1 | 2</pre>`;
    expect(toTelegramHtml(markup)).toBe(
      '<b>Nhắc</b> <a href="tg://user?id=502">A&amp;B</a>: <code>/xong P1-01</code>\n<blockquote>&quot;trích&quot;</blockquote><pre>1 | 2</pre>',
    );
  });

  it('renders as plain text for Zalo: marks dropped, "@Name", link with its address', () => {
    const markup = `<b>Nhắc</b> ${mentionMark({ externalUserId: 'z9', displayName: 'Hoa' })} <a href="https://x.vn/f">báo cáo</a> <a href="https://x.vn">https://x.vn</a> &lt;3`;
    expect(zaloPlainText(markup)).toBe('Nhắc @Hoa báo cáo (https://x.vn/f) https://x.vn <3');
    expect(zaloPlainText(markup).length).toBeLessThanOrEqual(markup.length);
  });
});

describe('a channel whose groups hear only mentions', () => {
  it('writes typed commands and the example with the bot’s mention', async () => {
    const { fitToChannel } = await import('../../../src/core/text/fit-to-channel.ts');
    const { ZALO_CAPABILITIES } = await import('../../../src/channels/zalo/zalo-capabilities.ts');
    const message = {
      html: 'Ví dụ: “@tên_bot P5-01 đã triển khai được 60%”',
      buttons: [[{ text: 'Hoàn thành', data: 's:1:dn', fallback: '/xong P5-01' }], [{ text: 'Chọn', data: 'p:1', fallback: 'trả lời 1' }]],
    };
    const fitted = fitToChannel(message, { ...ZALO_CAPABILITIES, commandPrefix: '@Điều phối ' });
    expect(fitted.html).toBe('Ví dụ: “@Điều phối P5-01 đã triển khai được 60%”\n\nHoàn thành: @Điều phối /xong P5-01\nChọn: trả lời 1');
    expect(fitToChannel(message, ZALO_CAPABILITIES).html).toContain('Hoàn thành: /xong P5-01');
  });
});
