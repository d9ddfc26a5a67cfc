import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/core/text/html.ts';

describe('escapeHtml', () => {
  it('escapes the characters Telegram HTML reserves', () => {
    expect(escapeHtml('<script>alert("x")</script> & co')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('leaves Vietnamese text untouched', () => {
    expect(escapeHtml('Hoàn thành kế hoạch số 45/KH-BCĐ')).toBe('Hoàn thành kế hoạch số 45/KH-BCĐ');
  });
});
