import { describe, expect, it } from 'vitest';
import { isSamePlanNumber, keepCodesApartFromOtherPlans } from '../../../src/core/plan/other-plan-codes.ts';
import type { PlanFile } from '../../../src/core/plan/plan-schema.ts';

const file = (plan: string, codes: string[]) => ({ plan, tasks: codes.map((code) => ({ code, title: code, lead: 'CATP' })) }) as unknown as PlanFile;

describe('plans told apart by their number', () => {
  it('the same số/ký hiệu is the same plan, read without diacritics, case or spaces; an unread number is no plan', () => {
    expect(isSamePlanNumber('45/KH-BCĐ', '45 / kh-bcd')).toBe(true);
    expect(isSamePlanNumber('45/KH-BCĐ', '12/KH-UBND')).toBe(false);
    expect(isSamePlanNumber('', '')).toBe(false);
  });

  it('a drafted plan with a code another active plan has takes one prefix from its number on every code', () => {
    expect(keepCodesApartFromOtherPlans(file('12/KH-UBND', ['NV01', 'NV02']), new Set(['GD1-01'])).prefix).toBeNull();
    const { file: out, prefix } = keepCodesApartFromOtherPlans(file('12/KH-UBND', ['NV01', 'NV02']), new Set(['nv02', 'KH12-NV01']));
    expect(prefix).toBe('KH12A-');
    expect(out.tasks.map((task) => task.code)).toEqual(['KH12A-NV01', 'KH12A-NV02']);
  });
});
