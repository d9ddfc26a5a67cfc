import { idleClient, type SqliteClientHandle } from '../sqlite-client-handle.ts';
import { bindable } from './sqlite-bindable.ts';
import { assignmentChanges, auditAfterJson, auditColumns, type Column, type ReportRowWriter, reportColumns, taskChanges } from './report-rows.ts';

const insertSql = (table: string, columns: readonly Column[]) =>
  `INSERT INTO "${table}" (${columns.map(([name]) => `"${name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
const setSql = (columns: readonly Column[]) => columns.map(([name]) => `"${name}" = ?`).join(', ');

/**
 * SQLite: the report's rows as prepared statements on Prisma's own connection, in one synchronous
 * transaction. Prisma's interactive transaction was ≈ 40 % of a reply's CPU (a JavaScript round per
 * statement, its transaction manager). Nothing else can run on the connection between BEGIN and
 * COMMIT, since no await falls between them. While Prisma holds a transaction open (awaiting between
 * its statements) these writes would join it, so then Prisma's path runs instead, queued behind it.
 */
export function sqliteReportRows(handle: SqliteClientHandle): ReportRowWriter {
  return async (input, assignmentDoneReportedAt) => {
    const db = idleClient(handle);
    if (!db) return null;
    const run = (sql: string, columns: readonly Column[] = []) => db.prepare(sql).run(...columns.map(([, value]) => bindable(value)));
    run('BEGIN');
    try {
      const report = reportColumns(input);
      const reportId = Number(run(insertSql('StatusReport', report), report).lastInsertRowid);
      const assignment = assignmentChanges(input, assignmentDoneReportedAt);
      const assignmentSql = `UPDATE "Assignment" SET ${setSql(assignment)} WHERE "taskId" = ? AND "unitId" = ?`;
      // As Prisma's update() did: a row gone missing fails the report rather than skipping it.
      if (run(assignmentSql, [...assignment, ['taskId', input.taskId], ['unitId', input.unitId]]).changes !== 1)
        throw new Error('assignment to update not found');
      const task = taskChanges(input, new Date());
      if (task && run(`UPDATE "Task" SET ${setSql(task)} WHERE "id" = ?`, [...task, ['id', input.taskId]]).changes !== 1)
        throw new Error('task to update not found');
      const audit: Column[] = [...auditColumns(input), ['afterJson', auditAfterJson(reportId, input)]];
      run(insertSql('AuditLog', audit), audit);
      run('COMMIT');
      return reportId;
    } catch (error) {
      if (db.inTransaction) run('ROLLBACK');
      throw error;
    }
  };
}
