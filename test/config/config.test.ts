import { describe, expect, it } from 'vitest';
import { formatConfigProblems, loadConfig } from '../../src/config/config.ts';

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
    expect(result.ok && result.config.SECRETARIAT_USER_IDS).toEqual(['111', '222', '333']);
  });

  it('lists every problem in Vietnamese at once', () => {
    const result = loadConfig({ DATABASE_URL: 'mysql://x/y', BOT_MODE: 'hook', LOG_LEVEL: 'loud', SECRETARIAT_USER_IDS: 'abc' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = formatConfigProblems(result.problems);
    expect(text).toContain('DATABASE_URL');
    expect(text).toContain('BOT_MODE: chỉ nhận "polling" hoặc "webhook"');
    expect(text).toContain('LOG_LEVEL');
    expect(text).toContain('"abc" không phải mã số người dùng Telegram');
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
