import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

const NOTE = 'Mục có nhiều việc mà thời hạn chỉ ghi ở việc cuối; cần kiểm tra hạn của từng việc.';

const plan = (items: string[]) =>
  [
    'ỦY BAN NHÂN DÂN PHƯỜNG 9',
    'Số: 31/KH-UBND',
    'Phường 9, ngày 10 tháng 02 năm 2023',
    'KẾ HOẠCH',
    'Phổ cập kỹ năng số cho người dân năm 2023',
    'II. NHIỆM VỤ',
    ...items.map((item, i) => `${i + 1}. ${item}`),
  ].join('\n');

/**
 * QA13 walk: one action followed by "; hoàn thành trước ngày D" (or "; thời gian hoàn thành …") was flagged as an item of several
 * actions with one date, so a secretary's first plan had 3 of 4 tasks yellow for nothing to check.
 */
describe('an item whose last clause only says when it is due', () => {
  it('is one action with its date: no "several actions" note', () => {
    const draft = draftPlan(
      plan([
        'Công an Phường 5 hướng dẫn người dân cài đặt ứng dụng định danh điện tử; hoàn thành trước ngày 30/04/2023.',
        'Hội Phụ nữ Phường 5 tập huấn thanh toán điện tử cho tiểu thương; thời gian hoàn thành trước ngày 31/05/2023.',
        'Mặt trận Tổ quốc Phường 5 thành lập tổ công nghệ số ở mỗi khu phố; hoàn thành trong tháng 6/2023.',
      ]),
    );
    expect(draft.tasks).toHaveLength(3);
    for (const task of draft.tasks) expect(task.reviewNotes, task.title).not.toContain(NOTE);
  });

  it('two actions before the date are still flagged', () => {
    const draft = draftPlan(plan(['Công an Phường 5 rà soát danh sách hộ dân chưa có tài khoản; vận động từng hộ đăng ký; hoàn thành trước ngày 30/04/2023.']));
    expect(draft.tasks.flatMap((task) => task.reviewNotes)).toContain(NOTE);
  });
});
