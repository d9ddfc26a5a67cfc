import { describe, expect, it } from 'vitest';
import { detectUserEntities } from '../../src/sandbox/bot-api/detect-entities.ts';
import { parseTelegramHtml } from '../../src/sandbox/bot-api/parse-html.ts';

describe('Telegram HTML parsing', () => {
  it('turns nested tags into entities with UTF-16 offsets', () => {
    const parsed = parseTelegramHtml('<b>Hạn <i>15/12</i></b> 😀 <code>x&lt;y</code>');
    expect(parsed.text).toBe('Hạn 15/12 😀 x<y');
    expect(parsed.entities).toEqual([
      { type: 'bold', offset: 0, length: 9 },
      { type: 'italic', offset: 4, length: 5 },
      { type: 'code', offset: 13, length: 3 },
    ]);
  });

  it('supports pre with a language, spoilers, blockquotes and numeric entities', () => {
    const parsed = parseTelegramHtml('<pre><code class="language-ts">a</code></pre><tg-spoiler>b</tg-spoiler><blockquote expandable>c</blockquote>&#272;');
    expect(parsed.text).toBe('abcĐ');
    expect(parsed.entities).toEqual([
      { type: 'pre', offset: 0, length: 1, language: 'ts' },
      { type: 'spoiler', offset: 1, length: 1 },
      { type: 'expandable_blockquote', offset: 2, length: 1 },
    ]);
  });

  it('rejects what Telegram rejects', () => {
    expect(() => parseTelegramHtml('<p>x</p>')).toThrow(/Unsupported start tag "p" at byte offset 0/);
    expect(() => parseTelegramHtml('a < b')).toThrow(/Unsupported start tag "" at byte offset 2/);
    expect(() => parseTelegramHtml('x</b>')).toThrow(/Unexpected end tag at byte offset 1/);
    expect(() => parseTelegramHtml('<b>x')).toThrow(/Can't find end tag corresponding to start tag "b"/);
    expect(() => parseTelegramHtml('<span>x</span>')).toThrow(/must have class "tg-spoiler"/);
  });

  it('detects commands, mentions and links in what people type', () => {
    const text = '/baocao@dieuphoi_bot 1 xong, hỏi @thuongtruc xem https://a.vn/x';
    expect(detectUserEntities(text)).toEqual([
      { type: 'bot_command', offset: 0, length: '/baocao@dieuphoi_bot'.length },
      { type: 'mention', offset: text.indexOf('@thuongtruc'), length: '@thuongtruc'.length },
      { type: 'url', offset: text.indexOf('https'), length: 'https://a.vn/x'.length },
    ]);
    expect(detectUserEntities('50/100 và a/b')).toEqual([]);
  });
});
