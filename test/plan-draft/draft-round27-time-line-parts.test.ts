import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for these tests (round 27 of the drafter): an activity's "- Thời gian: …" line holding two parts, each named
// before its own time.

const draft = draftPlan(
  [
    'HỘI NÔNG DÂN TỈNH KIÊN LAM',
    'Số: 15-KH/HNDT',
    'Kiên Lam, ngày 06 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Hoạt động năm 2029',
    'II. CÁC HOẠT ĐỘNG',
    '1. Hội thi nhà nông giỏi',
    '- Bộ phận chủ trì: Ban Kinh tế - Xã hội',
    '- Thời gian: vòng sơ khảo trong tháng 5/2029; vòng chung khảo trước ngày 15/9/2029',
    '2. Tập huấn khuyến nông',
    '- Bộ phận chủ trì: Ban Kinh tế - Xã hội',
    '- Thời gian: trước ngày 30/6/2029; báo cáo kết quả trước ngày 15/7/2029',
  ].join('\n'),
);

describe('a time line of two named parts', () => {
  it('gives one task per part, each due at its own time', () => {
    const contest = draft.tasks.filter((t) => t.source.includes('nhà nông giỏi'));
    expect(contest.map((t) => t.deadline?.due)).toEqual(['2029-05-31', '2029-09-14']);
    expect(contest.map((t) => t.title)).toEqual(['Hội thi nhà nông giỏi (vòng sơ khảo)', 'Hội thi nhà nông giỏi (vòng chung khảo)']);
  });

  it('a part with no name of its own ("trước ngày 30/6/2029; báo cáo …") keeps the line one task', () => {
    expect(draft.tasks.filter((t) => t.source.includes('khuyến nông'))).toHaveLength(1);
  });
});
