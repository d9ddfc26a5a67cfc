import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for these tests (round 15 of the drafter): a duty table whose time cell holds two rounds of one duty.

const HEAD = [
  'SỞ Y TẾ TỈNH BÌNH NGUYÊN',
  'Số: 70/KH-SYT',
  'Bình Nguyên, ngày 05 tháng 02 năm 2029',
  'KẾ HOẠCH',
  'Kiểm tra chuyên môn năm 2029',
  'II. NHIỆM VỤ',
];
const TABLE = ['| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |', '|---|---|---|---|---|'];

function dues(row: string): string[] {
  const draft = draftPlan([...HEAD, ...TABLE, row].join('\n'));
  return draft.tasks.map((t) => (t.deadline?.kind === 'recurrence' ? '' : (t.deadline?.due ?? '')));
}

describe('a time cell with two rounds of one duty', () => {
  it('"Đợt 1: …; đợt 2: …" is one task per round', () => {
    expect(
      dues(
        '| 1 | Kiểm tra an toàn thực phẩm tại bếp ăn tập thể | Chi cục An toàn vệ sinh thực phẩm | Thanh tra Sở | Đợt 1: tháng 4/2029; đợt 2: tháng 11/2029 |',
      ),
    ).toEqual(['2029-04-30', '2029-11-30']);
  });

  it('Roman round names with their own dates', () => {
    expect(
      dues('| 1 | Giám sát chất lượng nước sinh hoạt | Trung tâm Kiểm soát bệnh tật tỉnh | | Đợt I trước ngày 15/5/2029; đợt II trước ngày 15/10/2029 |'),
    ).toEqual(['2029-05-14', '2029-10-14']);
  });

  it('"02 đợt: quý II và quý IV/2029": the first round takes the year of the last', () => {
    const draft = draftPlan(
      [...HEAD, ...TABLE, '| 1 | Tập huấn phòng, chống dịch cho y tế cơ sở | Phòng Nghiệp vụ Y | | 02 đợt: quý II và quý IV/2029 |'].join('\n'),
    );
    expect(draft.tasks.map((t) => t.title)).toEqual(['Tập huấn phòng, chống dịch cho y tế cơ sở (đợt 1)', 'Tập huấn phòng, chống dịch cho y tế cơ sở (đợt 2)']);
    expect(draft.tasks.map((t) => t.deadline?.kind !== 'recurrence' && t.deadline?.due)).toEqual(['2029-06-30', '2029-12-31']);
  });

  it('a single time stays one task', () => {
    expect(dues('| 1 | Tổng kết công tác kiểm tra | Văn phòng Sở | | Tháng 12/2029 |')).toEqual(['2029-12-31']);
  });
});
