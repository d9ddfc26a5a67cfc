import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';

const ZALO = {
  ZALO_BOT_TOKEN: '1234567890:AbCdEfGhIjKlMnOp-qrs_tuv',
  PUBLIC_BASE_URL: 'https://bot.example.vn',
  FILE_LINK_SECRET: 'k'.repeat(40),
};

describe('Zalo configuration', () => {
  it('runs without Zalo, and with Zalo in polling mode with conservative defaults', () => {
    const none = loadConfig({});
    expect(none.ok && none.config.ZALO_BOT_TOKEN).toBeUndefined();
    const zalo = loadConfig(ZALO);
    expect(zalo.ok).toBe(true);
    if (!zalo.ok) return;
    expect(zalo.config).toMatchObject({
      ZALO_API_ROOT: 'https://bot-api.zaloplatforms.com',
      ZALO_MODE: 'polling',
      ZALO_GROUP_READING: 'mentions_only',
      ZALO_SEND_PER_SECOND: 5,
      ZALO_SEND_CHAT_INTERVAL_MS: 1000,
      FILE_LINK_TTL_HOURS: 72,
      ZALO_BOT_NAMES: [],
    });
    const names = loadConfig({ ...ZALO, ZALO_BOT_NAMES: 'Điều phối, Bot BCĐ' });
    expect(names.ok && names.config.ZALO_BOT_NAMES).toEqual(['Điều phối', 'Bot BCĐ']);
  });

  it('refuses a malformed token in Vietnamese without repeating it', () => {
    for (const token of ['abc', '12345', 'abc:defghijklmnop', '12345:short', '12345:has space inside']) {
      const result = loadConfig({ ...ZALO, ZALO_BOT_TOKEN: token });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems).toEqual([expect.stringContaining('ZALO_BOT_TOKEN: mã bot Zalo (token) không đúng dạng {mã_bot}:{mã_truy_cập}')]);
      expect(result.problems.join('\n')).not.toContain(token);
    }
  });

  it('needs the public address and the link key with a token, and URL + secret of 8–256 characters in webhook mode', () => {
    const bare = loadConfig({ ZALO_BOT_TOKEN: ZALO.ZALO_BOT_TOKEN });
    expect(!bare.ok && bare.problems.map((p) => p.split(':')[0])).toEqual(['PUBLIC_BASE_URL', 'FILE_LINK_SECRET']);
    const webhook = loadConfig({ ...ZALO, ZALO_MODE: 'webhook' });
    expect(!webhook.ok && webhook.problems).toEqual([
      'ZALO_WEBHOOK_URL: bắt buộc khi ZALO_MODE=webhook',
      'ZALO_WEBHOOK_SECRET: bắt buộc khi ZALO_MODE=webhook',
    ]);
    const short = loadConfig({ ...ZALO, ZALO_MODE: 'webhook', ZALO_WEBHOOK_URL: 'https://bot.example.vn/zalo', ZALO_WEBHOOK_SECRET: 'short' });
    expect(!short.ok && short.problems).toEqual(['ZALO_WEBHOOK_SECRET: cần 8–256 ký tự, không có khoảng trắng hay dấu tiếng Việt']);
    const http = loadConfig({ ...ZALO, ZALO_MODE: 'webhook', ZALO_WEBHOOK_URL: 'http://bot.example.vn/zalo', ZALO_WEBHOOK_SECRET: 'long-enough-secret' });
    expect(!http.ok && http.problems[0]).toContain('ZALO_WEBHOOK_URL: phải là địa chỉ https://');
    const good = loadConfig({ ...ZALO, ZALO_MODE: 'webhook', ZALO_WEBHOOK_URL: 'https://bot.example.vn/zalo', ZALO_WEBHOOK_SECRET: 'long-enough-secret' });
    expect(good.ok).toBe(true);
    const tooLong = loadConfig({ ...ZALO, ZALO_MODE: 'webhook', ZALO_WEBHOOK_URL: 'https://bot.example.vn/zalo', ZALO_WEBHOOK_SECRET: 'x'.repeat(257) });
    expect(tooLong.ok).toBe(false);
  });

  it('refuses unknown modes and a short link key', () => {
    const result = loadConfig({ ...ZALO, ZALO_MODE: 'push', FILE_LINK_SECRET: 'short', ZALO_GROUP_READING: 'some' });
    expect(!result.ok && result.problems).toEqual([
      'ZALO_MODE: chỉ nhận "polling" hoặc "webhook"',
      'ZALO_GROUP_READING: chỉ nhận "mentions_only" hoặc "all"',
      'FILE_LINK_SECRET: cần ít nhất 32 ký tự ngẫu nhiên',
    ]);
  });
});
