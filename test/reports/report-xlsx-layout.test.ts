/**
 * The .xlsx report prints and shows like a table: each row is as tall as its wrapped text (spreadsheet
 * programs do not measure rows of a file they did not write), and each sheet prints one page wide on
 * landscape A4 with its header row on every page.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { wrappedLineCount } from '../../src/reports/xlsx/row-height.ts';
import { type CommandHarness, withHarness } from '../support/command-harness.ts';
import { playReportHistory } from '../support/report-history.ts';
import { produceHarnessReport } from '../support/produce-harness-report.ts';

interface Sheet {
  name: string;
  xml: string;
}

async function readWorkbook(bytes: Uint8Array): Promise<{ sheets: Sheet[]; workbook: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]!);
  const sheets = await Promise.all(names.map(async (name, i) => ({ name, xml: (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async('string')) ?? '' })));
  return { sheets, workbook };
}

/** Each row's height in points (null when the row has none) and the text of its shared strings. */
function rows(xml: string): { ht: number | null; custom: boolean }[] {
  return [...xml.matchAll(/<row [^>]*>/g)].map((m) => {
    const ht = /\bht="([\d.]+)"/.exec(m[0])?.[1];
    return { ht: ht ? Number(ht) : null, custom: /customHeight="1"/.test(m[0]) };
  });
}

describe('the .xlsx report layout', () => {
  let h: CommandHarness;
  let book: Awaited<ReturnType<typeof readWorkbook>>;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await playReportHistory(h);
  });
  beforeAll(async () => {
    const result = await produceHarnessReport(h, 'năm 2023', 'xlsx');
    book = await readWorkbook(result.file.bytes);
  });

  it('gives every row a height, taller for a row whose text wraps onto more lines', () => {
    expect(book.sheets.length).toBeGreaterThanOrEqual(3);
    for (const sheet of book.sheets) {
      const heights = rows(sheet.xml);
      expect(heights.length, sheet.name).toBeGreaterThan(1);
      for (const row of heights) {
        expect(row.custom, sheet.name).toBe(true);
        expect(row.ht, sheet.name).toBeGreaterThanOrEqual(15);
      }
    }
    const tasks = rows(book.sheets[0]!.xml).map((r) => r.ht!);
    // the task rows differ in length: their heights differ, and the tallest holds several lines
    expect(new Set(tasks.slice(1)).size).toBeGreaterThan(1);
    expect(Math.max(...tasks)).toBeGreaterThanOrEqual(4 * 15);
  });

  it('prints each sheet one page wide (fitToPage flag set) on landscape A4, its header row on every page', () => {
    book.sheets.forEach((sheet, i) => {
      expect(sheet.xml, sheet.name).toMatch(/<sheetPr>(?:(?!<\/sheetPr>).)*<pageSetUpPr fitToPage="1"\/>/);
      const setup = /<pageSetup [^>]*>/.exec(sheet.xml)?.[0] ?? '';
      expect(setup, sheet.name).toContain('paperSize="9"');
      expect(setup, sheet.name).toContain('orientation="landscape"');
      expect(setup, sheet.name).toContain('fitToWidth="1"');
      expect(setup, sheet.name).toContain('fitToHeight="0"');
      expect(book.workbook).toMatch(new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">[^<]*!\\$1:\\$1</definedName>`));
    });
  });
});

describe('wrappedLineCount', () => {
  it('wraps at word boundaries, counts explicit newlines and breaks a word longer than the line', () => {
    expect(wrappedLineCount('', 10)).toBe(1);
    expect(wrappedLineCount('một hai ba', 10)).toBe(1);
    expect(wrappedLineCount('một hai ba bốn', 10)).toBe(2);
    expect(wrappedLineCount('một\nhai', 10)).toBe(2);
    expect(wrappedLineCount('abcdefghijklmnopqrstuvwxy', 10)).toBe(3);
    expect(wrappedLineCount('ab abcdefghijklmnopqrstuvwxy cd', 10)).toBe(4);
  });
});
