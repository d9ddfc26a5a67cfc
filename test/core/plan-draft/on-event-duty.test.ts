import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 32 of the drafter): standing ready for an event ("; sẵn sàng … khi có tình huống") and work
// after a flood or storm ("; tổ chức vệ sinh môi trường sau lũ") are duties of their own beside the work before them.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ HÒA BÌNH',
    'Số: 41/KH-UBND',
    'Hòa Bình, ngày 18 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Phòng, chống thiên tai năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Ban Chỉ huy Quân sự xã: Kiểm tra phao, áo phao, xuồng cứu hộ tại các điểm xung yếu; sẵn sàng lực lượng, phương tiện khi có tình huống.',
    '2. Trạm Y tế xã',
    'Dự trữ cơ số thuốc, hóa chất khử khuẩn; tổ chức vệ sinh môi trường, phòng dịch bệnh sau bão.',
    '3. Đài Truyền thanh xã',
    'Đưa tin về phòng, chống thiên tai; mở chuyên mục kỹ năng phòng tránh thiên tai.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('work on an event after other work in one item', () => {
  it('is a duty of its own', () => {
    expect(task('Sẵn sàng lực lượng')?.title).toBe('Sẵn sàng lực lượng, phương tiện khi có tình huống');
    expect(task('Tổ chức vệ sinh môi trường')?.title).toBe('Tổ chức vệ sinh môi trường, phòng dịch bệnh sau bão');
    expect(task('Kiểm tra phao')?.title).not.toContain('sẵn sàng');
    expect(task('Dự trữ cơ số thuốc')?.title).not.toContain('vệ sinh');
  });

  it('leaves other undated work after ";" with the duty before it', () => {
    expect(task('Mở chuyên mục')).toBeUndefined();
  });
});
