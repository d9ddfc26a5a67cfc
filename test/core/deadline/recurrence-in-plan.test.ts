import { describe, expect, it } from 'vitest';
import { firstPeriodStartOnOrAfter, recurrenceInPlan } from '../../../src/core/deadline/recurrence-in-plan.ts';
import { listOccurrences, occurrenceDueOnOrAfter } from '../../../src/core/nudges/recurrence-occurrences.ts';

describe('a recurring duty begins with its plan', () => {
  it('the first period that begins on or after the plan’s issue date', () => {
    expect(firstPeriodStartOnOrAfter('monthly', '2028-08-28')).toBe('2028-09-01');
    expect(firstPeriodStartOnOrAfter('monthly', '2028-08-01')).toBe('2028-08-01');
    expect(firstPeriodStartOnOrAfter('monthly', '2028-12-15')).toBe('2029-01-01');
    expect(firstPeriodStartOnOrAfter('quarterly', '2028-08-28')).toBe('2028-10-01');
    expect(firstPeriodStartOnOrAfter('quarterly', '2028-07-01')).toBe('2028-07-01');
    expect(firstPeriodStartOnOrAfter('half_yearly', '2028-08-28')).toBe('2029-01-01');
    expect(firstPeriodStartOnOrAfter('yearly', '2028-08-28')).toBe('2029-01-01');
    expect(firstPeriodStartOnOrAfter('yearly', '2029-01-01')).toBe('2029-01-01');
    // 28/08/2028 is a Monday; 30/08/2028 a Wednesday
    expect(firstPeriodStartOnOrAfter('weekly', '2028-08-28')).toBe('2028-08-28');
    expect(firstPeriodStartOnOrAfter('weekly', '2028-08-30')).toBe('2028-09-04');
  });

  it('a monthly duty of a plan issued 28/08/2028 is first due at the end of September 2028, even asked in 2023', () => {
    const recurrence = recurrenceInPlan({ frequency: 'monthly' }, '2028-08-28');
    expect(occurrenceDueOnOrAfter(recurrence, '2023-02-20')).toMatchObject({ key: '2028-09', dueDate: '2028-09-30' });
    expect(listOccurrences(recurrence, { from: '2023-01-01', to: '2028-09-30' }).map((o) => o.key)).toEqual(['2028-09']);
  });

  it('a duty with its own start keeps it', () => {
    const own = { frequency: 'monthly' as const, from: '2028-08-01' };
    expect(recurrenceInPlan(own, '2028-08-28')).toEqual(own);
  });
});
