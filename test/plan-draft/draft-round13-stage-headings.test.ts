import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 13 of the drafter): the stages of a season as headings with their spans in brackets.

describe('stage headings with a bracketed span', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. NHIỆM VỤ TRƯỚC MÙA LŨ (từ ngày 01/5 đến ngày 31/7/2025)',
      '1. Phòng Nông nghiệp và Phát triển nông thôn: Kiểm tra an toàn đê bao trước ngày 30/5/2025.',
      '2. Ủy ban nhân dân các xã: Tuyên truyền kỹ năng phòng tránh lũ cho người dân.',
      'II. NHIỆM VỤ SAU MÙA LŨ (tháng 12/2025)',
      '1. Phòng Tài chính - Kế hoạch: Tổng hợp thiệt hại, đề xuất hỗ trợ trước ngày 20/12/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each stage as a phase with its span, not as a duty', () => {
    expect(draft.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Nhiệm vụ trước mùa lũ', '2025-05-01', '2025-07-31'],
      ['Nhiệm vụ sau mùa lũ', '2025-12-01', '2025-12-31'],
    ]);
    expect(draft.tasks.some((t) => /MÙA LŨ/u.test(t.title))).toBe(false);
  });

  it('leaves the duties under a stage their own time', () => {
    expect(by('đê bao')?.deadline?.due).toBe('2025-05-29');
    expect(by('kỹ năng phòng tránh lũ')?.deadline).toBeUndefined();
    expect(name(by('kỹ năng phòng tránh lũ')?.lead)).toMatch(/^Ủy ban nhân dân các xã/);
  });
});
