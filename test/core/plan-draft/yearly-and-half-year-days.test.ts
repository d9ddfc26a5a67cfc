import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 32 of the drafter): a yearly duty done on a day named without its year, and a half-yearly
// report whose year's report is due in November.

const draft = draftPlan(
  [
    'BAN THƯỜNG VỤ HUYỆN ỦY BÌNH LÂM',
    'Số: 85-KH/HU',
    'Bình Lâm, ngày 16 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Phát triển đảng viên trong thanh niên giai đoạn 2029 - 2030',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Huyện đoàn tổ chức tuyên dương đoàn viên ưu tú hằng năm nhân Ngày thành lập Đoàn (26/3).',
    '2. Hội Liên hiệp Phụ nữ huyện phát động ra quân làm sạch môi trường hằng năm vào dịp 05/6.',
    '3. Các chi bộ, đảng bộ cơ sở báo cáo kết quả thực hiện về Ban Thường vụ Huyện ủy định kỳ 6 tháng, trước ngày 15/6 và 15/11.',
    '4. Ban Tổ chức Huyện ủy tổng hợp kết quả, báo cáo Ban Thường vụ Huyện ủy hằng năm.',
  ].join('\n'),
);

const recurrenceOf = (words: string) => draft.tasks.find((t) => t.source.includes(words))?.deadline?.recurrence;

describe('a yearly duty on a day written without its year', () => {
  it('is done on that day each year', () => {
    expect(recurrenceOf('tuyên dương đoàn viên')).toMatchObject({ frequency: 'yearly', monthOfYear: 3, dueDay: 26 });
    expect(recurrenceOf('làm sạch môi trường')).toMatchObject({ frequency: 'yearly', monthOfYear: 6, dueDay: 5 });
  });

  it('has no day when the text names none', () => {
    expect(recurrenceOf('Ban Tổ chức Huyện ủy')).toEqual({ frequency: 'yearly' });
  });
});

describe('"định kỳ 6 tháng, trước ngày 15/6 và 15/11"', () => {
  it('is half-yearly, not a one-off report due in June', () => {
    expect(recurrenceOf('định kỳ 6 tháng')).toMatchObject({ frequency: 'half_yearly' });
  });
});
