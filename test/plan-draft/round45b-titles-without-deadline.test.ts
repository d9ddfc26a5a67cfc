import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { withoutDeadlineTime } from '../../src/core/plan-draft/task-title.ts';
import { HEAD } from './support/round3.ts';

// Texts written for these tests (round 45b of the drafter): a task's title names the duty; the time its deadline was read from is
// the deadline's, so it is not said again at the end of the title. A time that is the duty itself stays.

describe('titles without the time the deadline carries', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Phòng Nông nghiệp và Môi trường cấp phát vôi bột cho các hộ chăn nuôi, hoàn thành trong tháng 5/2025.',
      '2. Phòng Tư pháp biên soạn tài liệu hỏi đáp về đất đai trong quý II/2025.',
      '3. Phòng Tài chính - Kế hoạch thẩm định dự toán kinh phí kiểm kê chậm nhất ngày 20/3/2025.',
      '4. Văn phòng HĐND và UBND huyện tổ chức hội nghị sơ kết 6 tháng trước ngày 20/7/2025.',
      '5. Trung tâm Văn hóa - Thông tin huyện xây dựng chuyên mục "Đất công minh bạch", xong đến hết tháng 8/2025.',
      '6. Ủy ban nhân dân các xã báo cáo định kỳ hằng tháng.',
    ].join('\n'),
  );
  const title = (part: string) => draft.tasks.find((t) => t.source.includes(part))?.title;
  const deadline = (part: string) => draft.tasks.find((t) => t.source.includes(part))?.deadline?.text;

  it('drops a trailing month, quarter or last day, with "hoàn thành"/"xong" before it, and keeps it in the deadline', () => {
    expect(title('vôi bột')).toBe('Cấp phát vôi bột cho các hộ chăn nuôi');
    expect(deadline('vôi bột')).toBe('trong tháng 5/2025');
    expect(title('tài liệu hỏi đáp')).toBe('Biên soạn tài liệu hỏi đáp về đất đai');
    expect(title('dự toán kinh phí kiểm kê')).toBe('Thẩm định dự toán kinh phí kiểm kê');
    expect(deadline('dự toán kinh phí kiểm kê')).toBe('chậm nhất ngày 20/3/2025');
    expect(title('Đất công minh bạch')).toBe('Xây dựng chuyên mục "Đất công minh bạch"');
  });

  it('keeps a length or a cadence that is the duty itself', () => {
    expect(title('hội nghị sơ kết')).toBe('Tổ chức hội nghị sơ kết 6 tháng');
    expect(title('báo cáo định kỳ')).toBe('Báo cáo định kỳ hằng tháng');
  });
});

describe('withoutDeadlineTime', () => {
  const period = (text: string) => ({ kind: 'period' as const, text, reading: '', start: '2028-05-01', due: '2028-05-31' });

  it('leaves a time the deadline was not read from, and a time inside the title', () => {
    expect(withoutDeadlineTime('Tổng kết phong trào trong tháng 5/2028', period('trong tháng 6/2028'))).toBe('Tổng kết phong trào trong tháng 5/2028');
    expect(withoutDeadlineTime('Rà soát trong tháng 5/2028 các hộ cận nghèo', period('trong tháng 5/2028'))).toBe(
      'Rà soát trong tháng 5/2028 các hộ cận nghèo',
    );
  });

  it('leaves an occasion and a title that would be left with one word', () => {
    expect(withoutDeadlineTime('Thăm hỏi gia đình chính sách vào dịp Tết', period('vào dịp Tết'))).toBe('Thăm hỏi gia đình chính sách vào dịp Tết');
    expect(withoutDeadlineTime('Họp trong quý II/2028', period('trong quý II/2028'))).toBe('Họp trong quý II/2028');
  });
});
