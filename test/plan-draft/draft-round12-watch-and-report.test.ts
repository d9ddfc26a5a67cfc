import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 12 of the drafter): a standing duty (theo dõi, đôn đốc) and its report in one item.

describe('a standing duty and its report in one item', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài nguyên và Môi trường theo dõi, đôn đốc các xã thực hiện Kế hoạch này; tổng hợp, báo cáo Ủy ban nhân dân huyện kết quả trước ngày 20/11/2025.',
      '2. Phòng Tài chính - Kế hoạch theo dõi, đôn đốc việc chi trả kinh phí đo đạc, báo cáo Chủ tịch Ủy ban nhân dân huyện trước ngày 10 tháng cuối mỗi quý.',
      '3. Văn phòng HĐND và UBND huyện theo dõi việc thực hiện Kế hoạch, báo cáo Chủ tịch Ủy ban nhân dân huyện kết quả trước ngày 05 tháng đầu của mỗi quý.',
      '4. Thanh tra huyện kiểm tra việc kiểm kê tại các xã, báo cáo Ủy ban nhân dân huyện trước ngày 15/10/2025.',
    ].join('\n'),
  );
  const { by } = helpers(draft);
  const tasksOf = (part: string) => draft.tasks.filter((t) => t.source.includes(part));

  it('makes the dated report a task that cites the standing duty it reports on', () => {
    const report = draft.tasks.find((t) => t.deadline?.due === '2025-11-19');
    expect(report?.source).toMatch(/đôn đốc các xã thực hiện Kế hoạch này/);
    expect(tasksOf('đôn đốc các xã')).toHaveLength(2);
  });

  it('splits a recurring report joined by a comma from the standing duty', () => {
    const [watch, report] = tasksOf('chi trả kinh phí đo đạc');
    expect(watch?.deadline).toBeUndefined();
    expect(report?.deadline?.recurrence?.frequency).toBe('quarterly');
  });

  it('reads the first month of each quarter as a quarterly due day', () => {
    const report = tasksOf('theo dõi việc thực hiện Kế hoạch').find((t) => t.deadline);
    expect(report?.deadline?.recurrence).toMatchObject({ frequency: 'quarterly', dueDay: 4 });
  });

  it('keeps an inspection and its dated report one task', () => {
    expect(tasksOf('kiểm tra việc kiểm kê')).toHaveLength(1);
    expect(by('kiểm tra việc kiểm kê')?.deadline?.due).toBe('2025-10-14');
  });
});
