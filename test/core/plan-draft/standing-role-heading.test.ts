import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 33 of the drafter): a unit heading that names the unit's standing role after it ("…, cơ quan
// thường trực Ban Chỉ đạo …, có trách nhiệm:") was no heading (its items had no lead) or gave the board, not the unit, the lead.

const draftUnder = (heading: string) =>
  draftPlan(
    [
      ...HEAD,
      'II. TỔ CHỨC THỰC HIỆN',
      heading,
      'a) Hướng dẫn các xã rà soát hộ nghèo.',
      'b) Tổng hợp kết quả rà soát.',
      '2. Phòng Tài chính - Kế hoạch huyện: Bố trí kinh phí.',
    ].join('\n'),
  );

describe('a unit heading with the unit standing role after it', () => {
  it.each([
    '1. Phòng Lao động - Thương binh và Xã hội huyện, cơ quan thường trực Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện về giảm nghèo, có trách nhiệm:',
    '1. Phòng Lao động - Thương binh và Xã hội huyện, cơ quan thường trực Ban Chỉ đạo giảm nghèo huyện, có trách nhiệm:',
  ])('gives the unit the items under it: %s', (heading) => {
    const draft = draftUnder(heading);
    const { by, name } = helpers(draft);
    expect(name(by('Hướng dẫn các xã')?.lead)).toBe('Phòng Lao động - Thương binh và Xã hội huyện Hòa Lộc');
    expect(name(by('Tổng hợp kết quả')?.lead)).toBe('Phòng Lao động - Thương binh và Xã hội huyện Hòa Lộc');
  });
});
