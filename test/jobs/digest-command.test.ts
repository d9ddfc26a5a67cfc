import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDigestCommand } from '../../src/cli/digest-command.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { seedWorld } from './seed-world.ts';
import { at } from './simulate.ts';

describe('dieuphoi digest (preview)', () => {
  let testDb: TestDatabase;
  let db: Database;
  let chatIds: Record<string, number>;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    db = await openDatabase(testDb.url, { migrate: false });
    chatIds = (await seedWorld(db, at('2023-02-20 00:00'))).chatIds;
  });
  afterAll(async () => {
    await db.close();
    await testDb.drop();
  });

  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runDigestCommand(argv, (line) => lines.push(line), { databaseUrl: testDb.url });
    return { code, text: lines.join('\n') };
  };

  it('prints a unit digest as plain text by unit code, without claiming or sending', async () => {
    const { code, text } = await run('--chat', 'CATP', '--at', '2023-03-01T07:30:00+07:00');
    expect(code).toBe(0);
    expect(text.split('\n')[0]).toBe('📋 Tổng hợp nhiệm vụ — Công an thành phố Trà Vinh — 01/03/2023');
    expect(text).toContain('GD1-01');
    expect(text).not.toContain('<b>');
    expect(await db.prisma.jobRun.count()).toBe(0);
  });

  it('prints the weekly steering edition on Friday, as JSON with HTML when asked', async () => {
    const { code, text } = await run('--chat', 'steering', '--at', '2023-03-03T16:30:00+07:00', '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ edition: 'steering-weekly', chat: { id: chatIds.steering, kind: 'steering' } });
    expect(parsed.messages[0].html).toContain('📊 <b>Tổng hợp tuần');
    expect(parsed.messages[0].text).toContain('Toàn kế hoạch');
  });

  it('accepts an internal chat id and keeps HTML with --html', async () => {
    const { code, text } = await run('--chat', String(chatIds.CAP5), '--at', '2023-03-01T07:30:00+07:00', '--html');
    expect(code).toBe(0);
    expect(text).toContain('📋 <b>Tổng hợp nhiệm vụ — Công an Phường 5');
  });

  it('accepts a chat by its messenger id: a bare group id is Telegram, "<platform>:<id>" names the messenger', async () => {
    const bare = await run('--chat=-1002', '--at', '2023-03-01T07:30:00+07:00');
    expect(bare.text).toContain('Công an Phường 5');
    expect((await run('--chat', 'telegram:-1002', '--at', '2023-03-01T07:30:00+07:00')).text).toBe(bare.text);
    expect(await run('--chat', 'zalo:-1002', '--at', '2023-03-01T07:30:00+07:00')).toMatchObject({ code: 2, text: expect.stringContaining('Không tìm thấy') });
  });

  it('exits 2 with a Vietnamese message on bad arguments', async () => {
    expect(await run('--at', '2023-03-01T07:30:00+07:00')).toMatchObject({ code: 2, text: expect.stringContaining('Thiếu --chat') });
    expect(await run('--chat', 'CATP', '--at', 'hôm qua')).toMatchObject({ code: 2, text: expect.stringContaining('Thời điểm không hợp lệ') });
    expect(await run('--chat', 'CATP', '--at', '2023-03-01', '--bogus')).toMatchObject({ code: 2, text: expect.stringContaining('Tham số không hợp lệ') });
    expect(await run('--chat', 'KHONGCO', '--at', '2023-03-01T07:30:00+07:00')).toMatchObject({ code: 2, text: expect.stringContaining('Không tìm thấy') });
  });
});
