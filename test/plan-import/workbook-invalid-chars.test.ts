/** A plan whose extracted text holds code points XML 1.0 forbids still gives a review workbook that opens. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { planWorkbookBuffer } from '../../src/plan-import/workbook/write-plan-workbook.ts';
import { readPlanFile, SEED_PLAN } from './workbook-fixtures.ts';

const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('review workbook of a plan with forbidden code points', () => {
  it('writes no part holding one, and keeps the text around them', async () => {
    const plan = readPlanFile(SEED_PLAN);
    const [first, ...rest] = plan.tasks;
    const file = { ...plan, title: `${plan.title}\u0001\uffff`, tasks: [{ ...first!, title: `Họp\ufffe triển\u000b khai` }, ...rest] };
    const zip = await JSZip.loadAsync(await planWorkbookBuffer(file));
    const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
    for (const name of names) expect(FORBIDDEN.test((await zip.file(name)?.async('string')) ?? ''), name).toBe(false);
    expect(await zip.file('xl/sharedStrings.xml')?.async('string')).toContain('Họp triển  khai');
  });
});
