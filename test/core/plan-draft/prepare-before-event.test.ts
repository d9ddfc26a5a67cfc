import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): the span of an event named in a duty's sentence ("… Liên hoan diễn ra từ
// ngày D1 đến ngày D2") is the event's; getting ready for it is due before it opens, flagged. Work during the event keeps the span.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN ĐÔNG SƠN',
    'Số: 62/KH-UBND',
    'Đông Sơn, ngày 06 tháng 4 năm 2033',
    'KẾ HOẠCH',
    'Tổ chức Liên hoan dân ca huyện năm 2033',
    'II. PHÂN CÔNG',
    '1. Trung tâm Văn hóa - Thể thao huyện dàn dựng sân khấu, lắp đặt âm thanh phục vụ Liên hoan diễn ra từ ngày 18/5/2033 đến ngày 20/5/2033, hoàn thành trước khi khai mạc.',
    '2. Phòng Văn hóa - Thông tin huyện chuẩn bị cờ, khẩu hiệu cho Liên hoan (từ ngày 18/5/2033 đến ngày 20/5/2033), xong trước ngày khai mạc 04 ngày.',
    '3. Công an huyện bảo đảm an ninh, trật tự tại Nhà văn hóa huyện trong thời gian diễn ra Liên hoan từ ngày 18/5/2033 đến ngày 20/5/2033.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe("an event's span in a duty that prepares for it", () => {
  it("is not the duty's time: the duty is due the day before the opening, flagged", () => {
    const stage = task('Dàn dựng sân khấu');
    expect(stage?.deadline).toMatchObject({ kind: 'due', due: '2033-05-17' });
    expect(stage?.reviewNotes.join(' ')).toContain('khai mạc');
  });

  it('gives the day the sentence counts back from the opening', () => {
    expect(task('Chuẩn bị cờ, khẩu hiệu')?.deadline).toMatchObject({ kind: 'due', due: '2033-05-14' });
  });

  it('stays the time of work during the event', () => {
    expect(task('Bảo đảm an ninh')?.deadline).toMatchObject({ kind: 'period', start: '2033-05-18', due: '2033-05-20' });
  });
});
