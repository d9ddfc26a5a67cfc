import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 40 of the drafter): the plan's stages in a pipe table whose last row is a closing step
// ("Sơ kết", not a stage), and duties timed by a stage ("trong Đợt 2", "theo Đợt 1 của Kế hoạch").

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ BÌNH LỘC',
    'Số: 31/KH-UBND',
    'Bình Lộc, ngày 10 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Dọn dẹp kênh mương nội đồng năm 2029',
    'II. THỜI GIAN',
    '| Đợt | Thời gian | Nội dung |',
    '|---|---|---|',
    '| Đợt 1: Khảo sát | Từ 01/4/2029 đến 30/4/2029 | Các thôn rà soát tuyến kênh |',
    '| Đợt 2: Nạo vét | Từ 01/5/2029 đến 31/7/2029 | Ra quân nạo vét |',
    '| Sơ kết | Trước 20/8/2029 | Phòng Kinh tế tham mưu UBND xã sơ kết, biểu dương |',
    'III. NHIỆM VỤ',
    '1. Phòng Kinh tế',
    '- Lập danh mục tuyến kênh cần nạo vét theo Đợt 1 của Kế hoạch.',
    '- Nghiệm thu khối lượng nạo vét, hoàn thành trong Đợt 2.',
  ].join('\n'),
);

describe('a stage table with a closing row', () => {
  it('reads each stage with its time', () => {
    const stages = draft.phases.filter((p) => p.name.startsWith('Đợt'));
    expect(stages.map((p) => p.end)).toEqual(['2029-04-30', '2029-07-31']);
  });

  it('drafts the closing row as a duty with its deadline', () => {
    const { by } = helpers(draft);
    expect(by('sơ kết, biểu dương')?.deadline?.due).toMatch(/^2029-08-(?:19|20)$/u);
  });

  it('times the duties by the stage they name', () => {
    const { by } = helpers(draft);
    expect(by('Lập danh mục tuyến kênh')?.deadline?.due).toBe('2029-04-30');
    expect(by('Nghiệm thu khối lượng')?.deadline?.due).toBe('2029-07-31');
  });
});
