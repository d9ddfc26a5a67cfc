import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotHttpServer, startBotHttpServer } from '../../src/app/bot-http-server.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createFileShelf } from '../../src/files/file-shelf.ts';
import { checkLink, signLink } from '../../src/files/signed-link.ts';

const SECRET = 's'.repeat(40);
const now = new Date('2026-03-02T01:00:00Z');

function parts(link: string) {
  const url = new URL(link);
  return { path: url.pathname, query: url.searchParams };
}

describe('signed links', () => {
  it('are valid until they expire, then expired', () => {
    const { path, query } = parts(signLink('https://bot.example.vn/', '/tep/abc/bao-cao.docx', new Date(now.getTime() + 3_600_000), SECRET));
    expect(checkLink(path, query, now, SECRET)).toBe('valid');
    expect(checkLink(path, query, new Date(now.getTime() + 3_600_000), SECRET)).toBe('expired');
  });

  it('are invalid when the path, the expiry, the signature or the secret changes', () => {
    const { path, query } = parts(signLink('https://bot.example.vn', '/tep/abc/bao-cao.docx', new Date(now.getTime() + 3_600_000), SECRET));
    expect(checkLink('/tep/abd/bao-cao.docx', query, now, SECRET)).toBe('invalid');
    const later = new URLSearchParams(query);
    later.set('exp', String(Number(query.get('exp')) + 86_400));
    expect(checkLink(path, later, now, SECRET)).toBe('invalid');
    const forged = new URLSearchParams(query);
    forged.set('sig', `${'0'.repeat(63)}1`);
    expect(checkLink(path, forged, now, SECRET)).toBe('invalid');
    expect(checkLink(path, new URLSearchParams('exp=abc&sig=zz'), now, SECRET)).toBe('invalid');
    expect(checkLink(path, query, now, 't'.repeat(40))).toBe('invalid');
  });
});

describe('file shelf over HTTP', () => {
  let server: BotHttpServer | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves a shelved file at its signed link until it expires; refuses tampered links', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dieuphoi-shelf-'));
    const clock = new ManualClock(now);
    let base = 'http://127.0.0.1:0';
    const shelf = createFileShelf({ dir, baseUrl: 'http://placeholder', secret: SECRET, ttlHours: 72, clock });
    server = await startBotHttpServer([shelf.serve], 0, pino({ level: 'silent' }), '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    const bytes = new TextEncoder().encode('Báo cáo tháng 3');
    const put = await shelf.put({
      fileName: 'Báo cáo 03/2026.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes,
    });
    expect(put.expiresAt.toISOString()).toBe('2026-03-05T01:00:00.000Z');
    const link = put.url.replace('http://placeholder', base);
    const ok = await fetch(link);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toContain("attachment; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%2003_2026.docx");
    expect(new Uint8Array(await ok.arrayBuffer())).toEqual(bytes);

    const tampered = link.replace(/sig=([0-9a-f])/, (_m, c: string) => `sig=${c === '0' ? '1' : '0'}`);
    expect((await fetch(tampered)).status).toBe(403);
    const noSignature = link.split('?')[0]!;
    expect((await fetch(noSignature)).status).toBe(403);

    clock.set(new Date('2026-03-05T01:00:00Z'));
    const expired = await fetch(link);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('đã hết hạn');
  });
});
