import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import { describeSystemCode, StartupError } from '../startup-error.ts';
import { providerOf, sqlitePath } from './provider.ts';

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * SQLite held by another process (the running bot) past the busy timeout. Prisma's driver adapter
 * reports it as "SQLITE_BUSY", "database is locked", or, when it cannot map the timeout, as an
 * internal "unknown variant `SocketTimeout`, expected one of …" that no operator should have to read.
 */
const BUSY = /SQLITE_BUSY|SQLITE_LOCKED|database (?:table )?is locked|SocketTimeout/i;

export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const text = current instanceof Error ? `${current.message} ${codeOf(current) ?? ''}` : String(current);
    if (BUSY.test(text)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The operator's line for a busy database (`file`: the SQLite file, when known). */
export function databaseBusyMessage(file?: string): string {
  const which = file ? `Cơ sở dữ liệu SQLite ${file}` : 'Cơ sở dữ liệu';
  return `${which} đang bận: một tiến trình khác (thường là bot đang chạy) đang ghi và giữ khoá quá lâu. Hãy thử lại sau ít phút. (database busy or locked)`;
}

/** The first line of a driver's message, without the internal list of variants Prisma appends. */
export function databaseErrorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0] ?? '';
  return first.replace(/:?\s*(?:Error:\s*)?unknown variant[\s\S]*$/, '').trim() || 'lỗi không rõ';
}

/** The SQLite file's folder and the file itself: can they be created and written? */
function explainSqlite(databaseUrl: string, original: unknown): StartupError {
  const file = resolve(sqlitePath(databaseUrl));
  const folder = dirname(file);
  const fix = 'Sửa DATABASE_URL (ví dụ file:./data/dieuphoi.db) hoặc tạo thư mục và cấp quyền ghi cho người dùng chạy bot.';
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const why = describeSystemCode(codeOf(error)) ?? codeOf(error) ?? 'lỗi hệ thống';
    return new StartupError(`Không tạo được thư mục ${folder} cho cơ sở dữ liệu SQLite (${why}). ${fix}`, 2);
  }
  try {
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      return new StartupError(`DATABASE_URL trỏ tới thư mục ${file}, không phải một tệp cơ sở dữ liệu. ${fix}`, 2);
    }
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const why = describeSystemCode(codeOf(error)) ?? codeOf(error) ?? 'lỗi hệ thống';
    return new StartupError(`Không ghi được vào thư mục ${folder} của cơ sở dữ liệu SQLite (${why}). ${fix}`, 2);
  }
  if (isDatabaseBusy(original)) return new StartupError(databaseBusyMessage(file), 1);
  const detail = databaseErrorDetail(original);
  return new StartupError(
    `Không mở được cơ sở dữ liệu SQLite ${file}: ${detail}. Tệp có thể bị hỏng hoặc đang bị khóa; kiểm tra tệp hoặc ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`,
    1,
  );
}

/** Asks the PostgreSQL server directly (the migration engine reports a lost connection as "External error id#0"). */
async function explainPostgres(databaseUrl: string, original: unknown): Promise<StartupError> {
  const url = new URL(databaseUrl);
  const where = `${url.hostname}:${url.port || '5432'}`;
  const name = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(mặc định)';
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  let failure: unknown = null;
  try {
    await client.connect();
  } catch (error) {
    failure = error;
  } finally {
    await client.end().catch(() => {});
  }
  const code = codeOf(failure);
  if (code === '3D000') {
    return new StartupError(
      `Cơ sở dữ liệu "${name}" chưa có trên máy chủ PostgreSQL ${where}. Tạo nó (createdb ${name}) hoặc sửa tên trong DATABASE_URL, rồi chạy lại.`,
      2,
    );
  }
  if (code === '28P01' || code === '28000') {
    return new StartupError(
      `Máy chủ PostgreSQL ${where} từ chối người dùng hoặc mật khẩu trong DATABASE_URL. Kiểm tra lại tên người dùng, mật khẩu và quyền truy cập (pg_hba.conf).`,
      2,
    );
  }
  const message = failure instanceof Error ? failure.message : '';
  const why =
    describeSystemCode(code) ??
    (/timeout/i.test(message) ? 'hết thời gian chờ kết nối' : null) ??
    (/terminated|closed/i.test(message) ? 'kết nối bị đóng ngay — địa chỉ không phải máy chủ PostgreSQL hoặc bị tường lửa chặn' : null);
  if (failure && why) {
    return new StartupError(
      `Không kết nối được tới cơ sở dữ liệu PostgreSQL tại ${where} (${why}). Kiểm tra máy chủ PostgreSQL đang chạy, địa chỉ và cổng trong DATABASE_URL, và tường lửa; rồi chạy lại.`,
      1,
    );
  }
  const detail = (failure ?? original) instanceof Error ? ((failure ?? original) as Error).message.split('\n')[0] : String(failure ?? original);
  return new StartupError(`Lỗi cơ sở dữ liệu PostgreSQL tại ${where}: ${detail}. Kiểm tra DATABASE_URL và máy chủ rồi chạy lại.`, 1);
}

/** A failure to open or migrate the database, explained: what is wrong, where, and what to do. */
export async function explainDatabaseError(databaseUrl: string, error: unknown): Promise<StartupError> {
  if (error instanceof StartupError) return error;
  return providerOf(databaseUrl) === 'postgresql' ? explainPostgres(databaseUrl, error) : explainSqlite(databaseUrl, error);
}
