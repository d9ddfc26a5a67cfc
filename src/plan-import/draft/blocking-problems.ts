/**
 * Everything the review workbook, sent back as drafted, would be refused for: it is read back as an
 * upload is. A missing header field (issuer, number, date, title) stops the reader before the tasks
 * are checked, so the tasks are read back once more with stand-ins for the missing fields only, and
 * their errors are told too: the secretariat fixes all of it in one round, not one error per upload.
 */
import type { PlanFile } from '../../core/plan/plan-schema.ts';
import type { PlanIssue } from '../plan-issue.ts';
import { loadPlanWorkbookBuffer } from '../workbook/read-plan-workbook.ts';
import { planWorkbookBuffer } from '../workbook/write-plan-workbook.ts';

const STAND_IN = { plan: '0/KH', issuer: 'Cơ quan ban hành', title: 'Kế hoạch' } as const;

async function errorsOf(workbook: Uint8Array, fileName: string): Promise<PlanIssue[]> {
  const readBack = await loadPlanWorkbookBuffer(Buffer.from(workbook), fileName);
  return readBack.ok ? [] : readBack.errors;
}

export async function blockingProblems(file: PlanFile, workbook: Uint8Array, fileName: string): Promise<PlanIssue[]> {
  const errors = await errorsOf(workbook, fileName);
  const missing = (['plan', 'issuer', 'title'] as const).filter((field) => !String(file[field] ?? '').trim());
  const noDate = !String(file.issue_date ?? '').trim();
  if (errors.length === 0 || (missing.length === 0 && !noDate)) return errors;
  const filled = { ...file, ...Object.fromEntries(missing.map((field) => [field, STAND_IN[field]])) } as PlanFile;
  // a stand-in date before any deadline, so it adds no error of its own
  if (noDate) (filled as { issue_date: string }).issue_date = '2000-01-01';
  const more = await errorsOf(await planWorkbookBuffer(filled), fileName);
  return [...errors, ...more.filter((issue) => !errors.some((known) => known.message === issue.message))];
}
