export type DbProvider = 'sqlite' | 'postgresql';

/** PostgreSQL when the URL says so; everything else is a SQLite file. */
export function providerOf(databaseUrl: string): DbProvider {
  return /^postgres(ql)?:\/\//i.test(databaseUrl) ? 'postgresql' : 'sqlite';
}

/** "file:./data/x.db" or a plain path → a filesystem path. */
export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, '');
}
