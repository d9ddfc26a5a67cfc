import { loadConfig, formatConfigProblems } from '../config/config.ts';
import { applyMigrations } from '../db/migrations/apply-migrations.ts';
import { providerOf } from '../db/provider.ts';

/** `dieuphoi db migrate`: applies pending migrations to DATABASE_URL (SQLite or PostgreSQL). */
export async function runDbMigrateCommand(argv: string[], out: (line: string) => void, env: Record<string, string | undefined> = process.env): Promise<number> {
  if (argv.length > 0 && argv[0] !== '--help') {
    out(`Tùy chọn không hợp lệ: ${argv.join(' ')}`);
    return 2;
  }
  if (argv[0] === '--help') {
    out('Cách dùng: dieuphoi db migrate — áp dụng các migration còn thiếu vào DATABASE_URL');
    return 0;
  }
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    out(formatConfigProblems(loaded.problems));
    return 2;
  }
  const url = loaded.config.DATABASE_URL;
  const applied = await applyMigrations(url);
  const where = providerOf(url) === 'postgresql' ? 'PostgreSQL' : 'SQLite';
  out(
    applied.length === 0
      ? `${where}: cơ sở dữ liệu đã ở phiên bản mới nhất, không có gì thay đổi.`
      : `${where}: đã áp dụng ${applied.length} migration: ${applied.join(', ')}`,
  );
  return 0;
}
