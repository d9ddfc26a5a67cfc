import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLabelIn } from '../../../src/core/reports/parse-period.ts';
import { formatDateTimeVi, vietnamInstant } from '../../../src/core/time/zone.ts';

const NOW = vietnamInstant(2023, 11, 20, 9, 0);

function read(text: string | undefined) {
  const result = parsePeriod(text, NOW);
  if (!result.ok) throw new Error(result.error);
  const { key, label, from, to } = result.period;
  return { key, label, from: formatDateTimeVi(from), to: formatDateTimeVi(to), toMs: to.getTime() };
}

describe('parsePeriod', () => {
  it('defaults to the current month in Vietnam', () => {
    expect(read(undefined)).toMatchObject({ key: '2023-11', label: 'tháng 11/2023', from: '00:00 01/11/2023', to: '23:59 30/11/2023' });
    // 30/11 17:00 UTC is already 01/12 in Vietnam
    const result = parsePeriod('', new Date('2023-11-30T17:30:00Z'));
    expect(result.ok && result.period.key).toBe('2023-12');
  });

  it.each([
    ['11/2023', '2023-11', 'tháng 11/2023', '00:00 01/11/2023', '23:59 30/11/2023'],
    ['tháng 2/2024', '2024-02', 'tháng 02/2024', '00:00 01/02/2024', '23:59 29/02/2024'],
    ['quý IV/2023', '2023-Q4', 'quý IV/2023', '00:00 01/10/2023', '23:59 31/12/2023'],
    ['Quy 2/2023', '2023-Q2', 'quý II/2023', '00:00 01/04/2023', '23:59 30/06/2023'],
    ['Q1/2023', '2023-Q1', 'quý I/2023', '00:00 01/01/2023', '23:59 31/03/2023'],
    ['6 tháng đầu năm 2023', '2023-H1', '6 tháng đầu năm 2023', '00:00 01/01/2023', '23:59 30/06/2023'],
    ['6 THÁNG CUỐI NĂM 2023', '2023-H2', '6 tháng cuối năm 2023', '00:00 01/07/2023', '23:59 31/12/2023'],
    ['năm 2023', '2023', 'năm 2023', '00:00 01/01/2023', '23:59 31/12/2023'],
    ['quarter 2/2023', '2023-Q2', 'quý II/2023', '00:00 01/04/2023', '23:59 30/06/2023'],
    ['Q3 2023', '2023-Q3', 'quý III/2023', '00:00 01/07/2023', '23:59 30/09/2023'],
    ['quý 4 năm 2023', '2023-Q4', 'quý IV/2023', '00:00 01/10/2023', '23:59 31/12/2023'],
    ['First half 2023', '2023-H1', '6 tháng đầu năm 2023', '00:00 01/01/2023', '23:59 30/06/2023'],
    ['H2/2023', '2023-H2', '6 tháng cuối năm 2023', '00:00 01/07/2023', '23:59 31/12/2023'],
    ['year 2023', '2023', 'năm 2023', '00:00 01/01/2023', '23:59 31/12/2023'],
    ['month 11/2023', '2023-11', 'tháng 11/2023', '00:00 01/11/2023', '23:59 30/11/2023'],
    ['tháng 11 năm 2023', '2023-11', 'tháng 11/2023', '00:00 01/11/2023', '23:59 30/11/2023'],
    ['from 01/03/2023 to 31/05/2023', '2023-03-01..2023-05-31', 'từ ngày 01/03/2023 đến ngày 31/05/2023', '00:00 01/03/2023', '23:59 31/05/2023'],
    ['01/03/2023..31/05/2023', '2023-03-01..2023-05-31', 'từ ngày 01/03/2023 đến ngày 31/05/2023', '00:00 01/03/2023', '23:59 31/05/2023'],
    ['từ ngày 1/3/2023 đến ngày 31/5/2023', '2023-03-01..2023-05-31', 'từ ngày 01/03/2023 đến ngày 31/05/2023', '00:00 01/03/2023', '23:59 31/05/2023'],
  ])('reads "%s"', (text, key, label, from, to) => {
    expect(read(text)).toMatchObject({ key, label, from, to });
  });

  it('ends a period at the last millisecond of its last day in Vietnam', () => {
    expect(read('12/2023').toMs).toBe(vietnamInstant(2024, 1, 1).getTime() - 1);
  });

  it.each(['13/2023', 'quý V/2023', '31/02/2023..01/03/2023', '31/05/2023..01/03/2023', 'tuần này', '6 tháng giữa năm 2023', 'năm 1899'])(
    'refuses "%s" in Vietnamese',
    (text) => {
      const result = parsePeriod(text, NOW);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^Kỳ báo cáo không hợp lệ/);
    },
  );
});

describe('periodLabelIn', () => {
  const period = (text: string) => {
    const result = parsePeriod(text, NOW);
    if (!result.ok) throw new Error(result.error);
    return result.period;
  };

  it.each([
    ['quý II/2023', 'Q2 2023'],
    ['6 tháng đầu năm 2023', 'H1 2023'],
    ['11/2023', '11/2023'],
    ['năm 2023', '2023'],
    ['01/03/2023..31/05/2023', '01/03/2023 – 31/05/2023'],
  ])('names %s as %s in English', (text, english) => {
    expect(periodLabelIn(period(text), 'en')).toBe(english);
  });

  it('keeps the Vietnamese label in Vietnamese', () => {
    expect(periodLabelIn(period('quarter 2/2023'), 'vi')).toBe('quý II/2023');
  });
});
