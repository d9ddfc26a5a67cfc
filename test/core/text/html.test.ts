import { describe, expect, it } from 'vitest';
import { ZALO_CAPABILITIES } from '../../../src/channels/zalo/zalo-capabilities.ts';
import { zaloPlainText } from '../../../src/channels/zalo/zalo-text.ts';
import { toTelegramHtml } from '../../../src/channels/telegram/render-telegram-html.ts';
import { fitToChannel } from '../../../src/core/text/fit-to-channel.ts';
import { escapeHtml } from '../../../src/core/text/html.ts';

const ZALO = { ...ZALO_CAPABILITIES, commandPrefix: '@Điều phối ' };

describe('escapeHtml', () => {
  it('escapes the characters Telegram HTML reserves', () => {
    expect(escapeHtml('<script>alert("x")</script> & co')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;&#47;script&gt; &amp; co');
  });

  it('leaves Vietnamese text, dates, plan numbers and links untouched', () => {
    expect(escapeHtml('Hoàn thành kế hoạch số 45/KH-BCĐ trước 15/12, xem https://x.vn/a/b')).toBe(
      'Hoàn thành kế hoạch số 45/KH-BCĐ trước 15/12, xem https://x.vn/a/b',
    );
  });
});

describe('user text on Zalo is echoed as written, only the bot’s own commands get the mention', () => {
  const userNote = 'chờ ý kiến lãnh đạo /ban giám đốc';
  const unitName = 'Công an Phường 5</b> (/pc06)';
  const html = `Phối hợp: <b>${escapeHtml(unitName)}</b>\nGhi chú: “${escapeHtml(userNote)}”\nGửi /nhiemvu để xem.`;

  it('the plain text Zalo shows', () => {
    expect(zaloPlainText(fitToChannel({ html }, ZALO).html)).toBe(`Phối hợp: ${unitName}\nGhi chú: “${userNote}”\nGửi @Điều phối /nhiemvu để xem.`);
  });

  it('Telegram shows the same slashes', () => {
    expect(toTelegramHtml(html)).toBe(
      'Phối hợp: <b>Công an Phường 5&lt;/b&gt; (/pc06)</b>\nGhi chú: “chờ ý kiến lãnh đạo /ban giám đốc”\nGửi /nhiemvu để xem.',
    );
  });
});

describe('escapeHtml and bidi controls', () => {
  it('drops U+202A–U+202E and U+2066–U+2069, keeps the words and other marks', () => {
    expect(escapeHtml('a\u202Eb\u202Cc \u2066d\u2069 \u200Fe')).toBe('abc d \u200Fe');
  });
});
