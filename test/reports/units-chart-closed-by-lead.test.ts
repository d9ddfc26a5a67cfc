import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OfficialCounts } from '../../src/core/digest/official-counts.ts';
import { newChart } from '../../src/reports/charts/canvas-kit.ts';
import { renderUnitsChart } from '../../src/reports/charts/units-chart.ts';
import { REPORT_AT } from '../support/report-history.ts';

const EMPTY: OfficialCounts = { total: 0, doneOnTime: 0, doneLate: 0, doneNoDeadline: 0, openOnTime: 0, openOverdue: 0, openNoDeadline: 0 };
const DONE: OfficialCounts = { ...EMPTY, total: 2, doneOnTime: 2 };

async function textsDrawn(supportClosedByLead: number, locale: 'vi' | 'en' = 'vi'): Promise<string[]> {
  const context = Object.getPrototypeOf(newChart(1).ctx) as { fillText: (t: string, x: number, y: number) => void };
  const texts: string[] = [];
  const { fillText } = context;
  const spy = vi.spyOn(context, 'fillText').mockImplementation(function (this: unknown, t: string, x: number, y: number) {
    texts.push(t);
    return fillText.call(this, t, x, y);
  });
  await renderUnitsChart({
    planNumber: '45/KH-BCĐ',
    at: REPORT_AT,
    locale,
    units: [{ unit: { code: 'HPN', name: 'Hội Phụ nữ' }, lead: EMPTY, support: DONE, supportClosedByLead }],
  });
  spy.mockRestore();
  return texts;
}

/** QA14 #3: a supporting unit that never reported showed green bars with nothing saying they are the lead's report. */
describe('the units chart and supporting parts closed by the lead', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says under the chart that such parts count as the lead reported', async () => {
    expect(await textsDrawn(2)).toContain('Phối hợp: gồm cả phần việc hoàn thành theo báo cáo của chủ trì.');
    expect(await textsDrawn(2, 'en')).toContain('Support: includes parts done as the lead reported.');
  });

  it('says nothing of it when every part was reported by its own unit', async () => {
    expect((await textsDrawn(0)).some((t) => t.includes('theo báo cáo của chủ trì'))).toBe(false);
  });
});
