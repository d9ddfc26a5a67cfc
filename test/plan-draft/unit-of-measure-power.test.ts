import { describe, expect, it } from 'vitest';
import { cleanPlanText } from '../../src/core/plan-draft/clean-text.ts';

// Text written for this test (round 45 of the drafter): the power of a unit of measure is part of a figure, a footnote mark is not.

describe('superscript figures', () => {
  it('keep the power of a unit of measure', () => {
    expect(cleanPlanText('Nạo vét 2.500 m³ bùn, cải tạo 40 m² sân và 1,2 km² rừng.')).toBe('Nạo vét 2.500 m³ bùn, cải tạo 40 m² sân và 1,2 km² rừng.');
  });

  it('still drop a footnote mark after a word or a year', () => {
    expect(cleanPlanText('Căn cứ Luật Thủy lợi² và Nghị định năm 2024³.')).toBe('Căn cứ Luật Thủy lợi và Nghị định năm 2024.');
  });
});
