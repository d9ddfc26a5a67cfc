import { databaseBusyMessage, databaseErrorDetail, isDatabaseBusy } from '../db/explain-database-error.ts';
import { scrubSecrets } from '../logger.ts';
import { StartupError } from '../startup-error.ts';

/**
 * What an operator reads when a CLI command fails unexpectedly: one line, Vietnamese first as every
 * CLI message, never a stack trace or a driver's internal list. Exit code 1 (a later run may
 * succeed), or the StartupError's own.
 */
export function describeCliFailure(error: unknown): { line: string; exitCode: number } {
  if (error instanceof StartupError) return { line: scrubSecrets(error.message), exitCode: error.exitCode };
  if (isDatabaseBusy(error)) return { line: databaseBusyMessage(), exitCode: 1 };
  if (isDatabaseError(error)) {
    return {
      line: scrubSecrets(
        `Lỗi cơ sở dữ liệu: ${databaseErrorDetail(error)}. Kiểm tra DATABASE_URL và tệp hoặc máy chủ cơ sở dữ liệu rồi chạy lại. (database error)`,
      ),
      exitCode: 1,
    };
  }
  return { line: scrubSecrets(`Lỗi: ${databaseErrorDetail(error)}`), exitCode: 1 };
}

/** Prisma's errors (PrismaClient…Error, P-codes) and its driver adapters' (DriverAdapterError). */
function isDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    /^PrismaClient|^DriverAdapterError$/.test(error.name) || /^PrismaClient/.test(error.constructor.name) || (typeof code === 'string' && /^P\d{4}$/.test(code))
  );
}
