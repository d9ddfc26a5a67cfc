import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createSandboxLogger } from '../../src/logger.ts';

/** What a sandbox logger writes to the newcomer's terminal, as plain text. */
function terminal(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('').replace(/\u001b\[[0-9;]*m/g, '') };
}

describe('the sandbox’s console output', () => {
  it('shows warnings and errors as readable lines, not routine info, not JSON, and no token', () => {
    const out = terminal();
    const log = createSandboxLogger(undefined, out.stream);
    log.info({ job: 'deadline-nudges' }, 'skipped a missed slot that is no longer relevant');
    log.warn({ chat: 7 }, 'gửi chậm lại: Telegram báo quá nhiều tin');
    log.error({ err: new Error('database went away'), token: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij' }, 'lỗi khi xử lý cập nhật');
    const text = out.text();
    expect(text).not.toContain('skipped a missed slot');
    expect(text).toMatch(/WARN: gửi chậm lại: Telegram báo quá nhiều tin/);
    expect(text).toMatch(/ERROR: lỗi khi xử lý cập nhật/);
    expect(text).toContain('database went away');
    expect(text).not.toContain('ABCDEFGHIJ');
    expect(text).not.toMatch(/^\{"level"/m);
  });

  it('shows more when LOG_LEVEL asks for it', () => {
    const out = terminal();
    createSandboxLogger('info', out.stream).info('bot polling for updates');
    expect(out.text()).toContain('INFO: bot polling for updates');
  });
});
