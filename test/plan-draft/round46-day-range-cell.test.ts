import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 46 of the drafter): a commune's schedule table gives some rows a span of days in one month,
// "Từ 26–29/12" or "03-06/01" without a year, the document written in December for work running into January.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN XÃ TÂN AN',
    'Số: 88/KH-UBND',
    'Tân An, ngày 20 tháng 12 năm 2030',
    'KẾ HOẠCH',
    'Tổ chức Hội chợ Xuân năm 2031',
    'I. LỊCH TRÌNH',
    '',
    '| Thời gian | Nội dung công việc | Đơn vị thực hiện |',
    '|---|---|---|',
    '| Từ 26–29/12 | Khảo sát mặt bằng, phân lô gian hàng | Phòng Kinh tế |',
    '| 03-06/01 | Dựng gian hàng, kéo điện chiếu sáng | Trung tâm Dịch vụ tổng hợp xã |',
    '| Ngày 08/01 | Kiểm tra an toàn phòng cháy các gian hàng | Công an xã |',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('a span of days in one month in a schedule’s time cell', () => {
  it('is due on the span’s last day', () => {
    expect(task('phân lô')?.deadline?.due).toBe('2030-12-29');
  });

  it('places a span without a year as the table’s other dates', () => {
    expect(task('gian hàng, kéo điện')?.deadline?.due).toBe(task('phòng cháy')?.deadline?.due?.replace(/-08$/, '-06'));
    expect(task('gian hàng, kéo điện')?.deadline?.due).toMatch(/-01-06$/);
  });
});
