import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 36 of the drafter): in "X chỉ đạo …; yêu cầu các đơn vị … trước ngày D" the unit the item
// opens with makes the request, so the dated request is X's duty of its own; "Giao X …; đề nghị Y …" still hands the second duty
// to Y, the issuer asking.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'THÀNH PHỐ HẢI LONG',
    'Số: 05/CT-UBND',
    'Hải Long, ngày 04 tháng 12 năm 2030',
    'CHỈ THỊ',
    'Về bảo đảm trật tự dịp Tết năm 2031',
    'Chủ tịch Ủy ban nhân dân thành phố yêu cầu:',
    '1. Giám đốc Sở Xây dựng chỉ đạo các doanh nghiệp vận tải tăng cường phương tiện trước và sau Tết; yêu cầu các đơn vị kinh doanh vận tải niêm yết giá vé Tết trước ngày 10/01/2031.',
    '2. Giao Sở Y tế kiểm tra an toàn thực phẩm trong tháng 01/2031; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố vận động Nhân dân tham gia giám sát trước ngày 20/01/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const leadName = (words: string) => [...draft.units, ...draft.groups].find((u) => u.code === task(words)?.lead)?.name;

describe('a request after ";" in an item a unit opens', () => {
  it("is that unit's dated duty, apart from its undated one", () => {
    expect(leadName('niêm yết giá vé')).toBe('Sở Xây dựng');
    expect(task('niêm yết giá vé')?.deadline?.due).toBe('2031-01-09');
    expect(leadName('tăng cường phương tiện')).toBe('Sở Xây dựng');
    expect(task('tăng cường phương tiện')?.deadline).toBeUndefined();
  });

  it('still hands the duty on when the issuer asks', () => {
    expect(leadName('Vận động Nhân dân')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Long');
  });
});
