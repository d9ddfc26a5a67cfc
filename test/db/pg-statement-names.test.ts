import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createStatementNames } from '../../src/db/pg-statement-names.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

describe('statement names on PostgreSQL', () => {
  it('gives one name per SQL text, and none past the bound', () => {
    const name = createStatementNames(2);
    const a = name({ sql: 'SELECT 1' });
    expect(name({ sql: 'SELECT 1' })).toBe(a);
    const b = name({ sql: 'SELECT 2' });
    expect(b).not.toBe(a);
    expect(name({ sql: 'SELECT 3' })).toBeUndefined();
    expect(name({ sql: 'SELECT 1' })).toBe(a);
  });

  describe('the app’s client', () => {
    let testDb: TestDatabase;
    let db: Database;
    beforeAll(async () => {
      testDb = await createTestDatabase('postgresql');
      // one connection, so the statements below share the session that lists them
      db = await openDatabase(testDb.url, { migrate: false, poolSize: 1 });
    });
    afterAll(async () => {
      await db?.close();
      await testDb?.drop();
    });

    it('prepares a statement once on its connection and reuses it', async () => {
      await db.prisma.chat.findMany({ where: { kind: 'steering', active: true } });
      await db.prisma.chat.findMany({ where: { kind: 'steering', active: true } });
      const prepared = await db.prisma.$queryRawUnsafe<{ statement: string }[]>('SELECT statement FROM pg_prepared_statements');
      const chatReads = prepared.filter((p) => p.statement.includes('FROM "public"."Chat"'));
      expect(chatReads).toHaveLength(1);
    });
  });
});
