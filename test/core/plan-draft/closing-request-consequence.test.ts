import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): the closing request with its consequence ("…; nếu để chậm trễ thì
// người đứng đầu chịu trách nhiệm …", "…; kết quả thực hiện là căn cứ đánh giá thi đua") and a notice's closing line that names
// what it announces are no duties.

const plan = (closing: string) =>
  draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN SƠN HÀ',
      'Số: 19/CT-UBND',
      'Sơn Hà, ngày 03 tháng 3 năm 2032',
      'CHỈ THỊ',
      'Về phòng, chống cháy rừng mùa khô năm 2032',
      '1. Hạt Kiểm lâm huyện kiểm tra các vùng rừng trọng điểm, xong trước ngày 31/3/2032.',
      '2. Ủy ban nhân dân các xã bố trí lực lượng trực chốt canh lửa trong mùa khô.',
      closing,
    ].join('\n'),
  );

describe('the closing request', () => {
  it('with the head answering for delay is no duty', () => {
    const draft = plan(
      'Đây là việc cấp bách, Chủ tịch UBND huyện yêu cầu Thủ trưởng các cơ quan, Chủ tịch UBND các xã tập trung chỉ đạo thực hiện; nếu để chậm trễ, xảy ra cháy rừng thì người đứng đầu chịu trách nhiệm trước Chủ tịch UBND huyện.',
    );
    expect(draft.tasks.map((t) => t.title)).toHaveLength(2);
  });

  it('with its weight in the emulation review is no duty', () => {
    const draft = plan(
      'Đề nghị Thủ trưởng các cơ quan và Chủ tịch UBND các xã khẩn trương quán triệt, tổ chức thực hiện nghiêm Chỉ thị; kết quả thực hiện là căn cứ đánh giá thi đua năm 2032./.',
    );
    expect(draft.tasks.map((t) => t.title)).toHaveLength(2);
  });

  it('of a notice, naming what it announces, is no duty', () => {
    const draft = plan('Văn phòng HĐND và UBND huyện trân trọng thông báo ý kiến chỉ đạo nêu trên để các cơ quan, đơn vị biết và triển khai./.');
    expect(draft.tasks.map((t) => t.title)).toHaveLength(2);
  });
});
