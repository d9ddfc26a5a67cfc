import { describe, expect, it } from 'vitest';
import { bucketTasks } from '../../../src/core/digest/bucket-tasks.ts';
import { allPartRows, taskRow } from '../../../src/core/digest/digest-rows.ts';
import { countByUnitAndRole, countOfficial } from '../../../src/core/digest/official-counts.ts';
import { percentShares } from '../../../src/core/digest/percent-shares.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { catpRows, TASKS, views } from './fixture.ts';

describe('bucketTasks', () => {
  it('puts each part in exactly one bucket', () => {
    const { counts, lists } = bucketTasks(catpRows());
    expect(counts).toEqual({
      overdue: 1,
      due_soon: 1,
      blocked: 1,
      returned: 0,
      in_progress: 1,
      awaiting_confirmation: 1,
      not_started: 1,
      done_on_time: 1,
      done_late: 1,
      done_no_deadline: 0,
    });
    expect(lists.blocked.map((t) => t.code)).toEqual(['NV-08']);
    expect(lists.overdue[0]!.code).toBe('NV-01');
  });
});

describe('official counts', () => {
  it('count each task once overall and each unit’s parts by role', () => {
    expect(countOfficial(views().map(taskRow))).toMatchObject({ total: 8, doneOnTime: 1, doneLate: 1, openOnTime: 5, openOverdue: 1 });
    const units = [
      { code: 'CATP', name: 'Công an thành phố' },
      { code: 'CAP5', name: 'Công an Phường 5' },
    ];
    expect(countByUnitAndRole(allPartRows(views()), units)).toMatchObject([
      {
        unit: units[0],
        lead: { total: 7, doneOnTime: 1, doneLate: 1, openOnTime: 4, openOverdue: 1 },
        support: { total: 1, doneOnTime: 0, doneLate: 0, openOnTime: 1, openOverdue: 0 },
      },
      {
        unit: units[1],
        lead: { total: 1, doneOnTime: 0, doneLate: 0, openOnTime: 1, openOverdue: 0 },
        support: { total: 0, doneOnTime: 0, doneLate: 0, openOnTime: 0, openOverdue: 0 },
      },
    ]);
  });

  it('judge a task awaiting confirmation at the time the unit reported done', () => {
    const later = vietnamInstant(2023, 6, 15, 8, 0);
    const t4 = TASKS.filter((t) => t.code === 'NV-04');
    expect(countOfficial(views(later, t4).map(taskRow))).toMatchObject({ openOnTime: 1, openOverdue: 0 });
  });
});

describe('percentShares', () => {
  it.each([
    [
      [1, 7],
      [13, 87],
    ],
    [
      [1, 1, 1],
      [34, 33, 33],
    ],
    [
      [2, 6],
      [25, 75],
    ],
    [
      [0, 0],
      [0, 0],
    ],
    [
      [3, 0, 0],
      [100, 0, 0],
    ],
  ])('%j → %j', (parts, shares) => {
    expect(percentShares(parts)).toEqual(shares);
  });
});
