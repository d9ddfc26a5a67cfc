import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 12 of the drafter): cadences on a day of the week.

describe('a day of the week in each month', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Huyện đoàn tổ chức ra quân dọn đất công vào Chủ nhật cuối cùng của mỗi tháng.',
      '2. Phòng Tài nguyên và Môi trường họp giao ban vào thứ Hai đầu tiên hằng tháng.',
      '3. Văn phòng HĐND và UBND huyện tổ chức hội nghị vào thứ Sáu cuối cùng của tháng 6/2025.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('reads it as monthly with no fixed day', () => {
    expect(by('dọn đất công')?.deadline?.recurrence?.frequency).toBe('monthly');
    expect(by('họp giao ban')?.deadline?.recurrence?.frequency).toBe('monthly');
  });

  it('keeps a weekday of one named month a one-off time', () => {
    expect(by('tổ chức hội nghị')?.deadline?.kind).not.toBe('recurrence');
  });
});
