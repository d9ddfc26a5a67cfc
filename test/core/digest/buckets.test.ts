import { describe, expect, it } from 'vitest';
import { bucketTasks } from '../../../src/core/digest/bucket-tasks.ts';
import { countOfficialBuckets } from '../../../src/core/digest/official-counts.ts';
import { daysLeftText } from '../../../src/core/digest/wording.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { catpTasks, endOf, NOW, TASKS } from './fixture.ts';

describe('bucketTasks', () => {
  it('puts each task in exactly one bucket', () => {
    const { counts, lists } = bucketTasks(catpTasks(), NOW);
    expect(counts).toEqual({
      overdue: 1,
      due_soon: 1,
      in_progress: 2,
      awaiting_confirmation: 1,
      not_started: 1,
      done_on_time: 1,
      done_late: 1,
    });
    expect(lists.in_progress.map((t) => t.code)).toEqual(['NV-08', 'NV-03']);
    expect(lists.overdue[0]!.code).toBe('NV-01');
  });
});

describe('countOfficialBuckets', () => {
  it('counts each task once overall and once per unit', () => {
    const { overall, perUnit } = countOfficialBuckets(TASKS, NOW);
    expect(overall).toEqual({ total: 8, doneOnTime: 1, doneLate: 1, openOnTime: 5, openOverdue: 1 });
    expect(perUnit).toEqual([
      { unitCode: 'CATP', unitName: 'Công an thành phố', counts: { total: 8, doneOnTime: 1, doneLate: 1, openOnTime: 5, openOverdue: 1 } },
      { unitCode: 'CAP5', unitName: 'Công an Phường 5', counts: { total: 1, doneOnTime: 0, doneLate: 0, openOnTime: 1, openOverdue: 0 } },
    ]);
  });

  it('judges a task awaiting confirmation at the time the unit reported done', () => {
    const later = vietnamInstant(2023, 6, 15, 8, 0);
    const t4 = TASKS.filter((t) => t.taskId === 't4');
    expect(countOfficialBuckets(t4, later).overall).toMatchObject({ openOnTime: 1, openOverdue: 0 });
  });
});

describe('daysLeftText', () => {
  it.each([
    [endOf(2023, 6, 7), 'còn 2 ngày', '2 days left'],
    [endOf(2023, 6, 6), 'còn 1 ngày', '1 day left'],
    [endOf(2023, 6, 5), 'hạn hôm nay', 'due today'],
    [endOf(2023, 5, 31), 'quá hạn 5 ngày', '5 days overdue'],
  ])('%s', (due, vi, en) => {
    expect(daysLeftText(due, NOW, 'vi')).toBe(vi);
    expect(daysLeftText(due, NOW, 'en')).toBe(en);
  });
});
