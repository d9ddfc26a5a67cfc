import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { type PlanFile, planFileSchema } from '../../src/core/plan/plan-schema.ts';
import type { LoadPlanResult } from '../../src/plan-import/plan-issue.ts';
import { loadPlanWorkbookBuffer } from '../../src/plan-import/workbook/read-plan-workbook.ts';
import { planWorkbookBuffer } from '../../src/plan-import/workbook/write-plan-workbook.ts';

export const MINIMAL_PLAN = 'test/fixtures/plans/minimal-valid.yaml';
export const SEED_PLAN = 'plans/45-KH-BCD-2023.yaml';

export function readPlanFile(path: string): PlanFile {
  return planFileSchema.parse(parse(readFileSync(path, 'utf8')));
}

/** The review workbook of a plan file, opened with exceljs so a test can change cells as a person would. */
export async function workbookOf(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await planWorkbookBuffer(readPlanFile(path))) as unknown as ArrayBuffer);
  return workbook;
}

export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function loadWorkbook(workbook: ExcelJS.Workbook): Promise<LoadPlanResult> {
  return loadPlanWorkbookBuffer(await bytesOf(workbook), 'kehoach.xlsx');
}

export function errorMessages(result: LoadPlanResult): string[] {
  return result.ok ? [] : result.errors.map((e) => e.message);
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}
