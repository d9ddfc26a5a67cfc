import { describe, expect, it } from 'vitest';
import { formatConfigProblems, isListedSecretariat, loadConfig } from '../../src/config/config.ts';

describe('configuration', () => {
  it('has working defaults: SQLite under ./data, Vietnam time, polling, Telegram API', () => {
    const result = loadConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      DATABASE_URL: 'file:./data/dieuphoi.db',
      BOT_MODE: 'polling',
      LOG_LEVEL: 'info',
      TELEGRAM_API_ROOT: 'https://api.telegram.org',
      SECRETARIAT_USER_IDS: [],
    });
    expect(result.config.BOT_TOKEN).toBeUndefined();
  });

  it('reads PostgreSQL URLs and secretariat id lists', () => {
    const result = loadConfig({
      DATABASE_URL: 'postgresql://bot@127.0.0.1:5432/dieuphoi',
      SECRETARIAT_USER_IDS: '111, 222;333',
      BOT_TOKEN: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
    });
    expect(result.ok && result.config.SECRETARIAT_USER_IDS).toEqual(['telegram:111', 'telegram:222', 'telegram:333']);
  });

  it('reads secretariat ids per messenger; a bare number is still a Telegram id', () => {
    const result = loadConfig({ SECRETARIAT_USER_IDS: 'telegram:111, zalo:4f9aB_c-1 ,222' });
    expect(result.ok && result.config.SECRETARIAT_USER_IDS).toEqual(['telegram:111', 'zalo:4f9aB_c-1', 'telegram:222']);
    if (!result.ok) return;
    expect(isListedSecretariat(result.config, 'telegram', '111')).toBe(true);
    expect(isListedSecretariat(result.config, 'zalo', '4f9aB_c-1')).toBe(true);
    // one messenger's id never stands for another's
    expect(isListedSecretariat(result.config, 'zalo', '111')).toBe(false);
    expect(isListedSecretariat(result.config, 'telegram', '4f9aB_c-1')).toBe(false);
  });

  it('refuses a malformed secretariat entry in Vietnamese', () => {
    for (const entry of ['viber:1', 'telegram:abc', 'zalo:', 'zalo:có dấu', 'abc']) {
      const result = loadConfig({ SECRETARIAT_USER_IDS: entry });
      expect(result.ok, entry).toBe(false);
      if (result.ok) continue;
      expect(result.problems.join('\n')).toContain('SECRETARIAT_USER_IDS');
      expect(result.problems.join('\n')).toContain('không đúng dạng: cần "telegram:<mã số>"');
    }
  });

  it('lists every problem in Vietnamese at once', () => {
    const result = loadConfig({ DATABASE_URL: 'mysql://x/y', BOT_MODE: 'hook', LOG_LEVEL: 'loud', SECRETARIAT_USER_IDS: 'abc' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = formatConfigProblems(result.problems);
    expect(text).toContain('DATABASE_URL');
    expect(text).toContain('BOT_MODE: chỉ nhận "polling" hoặc "webhook"');
    expect(text).toContain('LOG_LEVEL');
    expect(text).toContain('"abc" không đúng dạng');
    expect(result.problems).toHaveLength(4);
  });

  it('requires URL, secret and token in webhook mode', () => {
    const result = loadConfig({ BOT_MODE: 'webhook' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.split(':')[0]).sort()).toEqual(['BOT_TOKEN', 'WEBHOOK_SECRET', 'WEBHOOK_URL']);
  });

  it('reads HTTP_PORT for /healthz and /metrics in polling mode; empty means none', () => {
    const port = (value: string) => {
      const result = loadConfig({ HTTP_PORT: value });
      return result.ok ? result.config.HTTP_PORT : 'invalid';
    };
    expect(port('')).toBeUndefined();
    expect(port('9100')).toBe(9100);
    expect(port('cổng')).toBe('invalid');
    expect(port('70000')).toBe('invalid');
  });

  it('never echoes a malformed token back', () => {
    const secret = 'not-a-token-but-secret-value-123';
    const result = loadConfig({ BOT_TOKEN: secret });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatConfigProblems(result.problems)).not.toContain(secret);
  });
});
