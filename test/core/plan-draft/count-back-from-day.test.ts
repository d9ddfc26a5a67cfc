import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): a duty due some days before a day its sentence gives in a bracket
// ("trước ngày khánh thành (ngày 30/9/2027) ít nhất 05 ngày"), or before a day the schedule names ("ngày nghiệm thu là …"), is due
// that many days earlier, flagged; the bracketed day is not the duty's.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ PHÚ MỸ',
    'Số: 51/KH-UBND',
    'Phú Mỹ, ngày 02 tháng 7 năm 2027',
    'KẾ HOẠCH',
    'Xây dựng nhà văn hóa xã năm 2027',
    'I. TIẾN ĐỘ',
    '- Thi công từ ngày 15/7/2027 đến ngày 15/9/2027; ngày nghiệm thu công trình là 20/9/2027.',
    '- Vận động quyên góp chia hai đợt: đợt 1 từ ngày 20/7/2027 đến ngày 10/8/2027, đợt 2 từ ngày 01/9/2027 đến ngày 20/9/2027.',
    'II. NHIỆM VỤ',
    '1. Công chức Văn hóa - Xã hội xã',
    'a) Chuẩn bị chương trình văn nghệ trước ngày khánh thành (ngày 30/9/2027) ít nhất 05 ngày.',
    'b) Gửi giấy mời đại biểu chậm nhất 10 ngày trước buổi gặp mặt (ngày 12/10) của các già làng.',
    '2. Công chức Địa chính - Xây dựng xã',
    'a) Hoàn thiện hồ sơ hoàn công chậm nhất 03 ngày trước ngày nghiệm thu công trình.',
    'b) In phiếu quyên góp, phát về các thôn chậm nhất 04 ngày trước ngày phát động quyên góp đợt 1.',
    'c) Dọn mặt bằng chậm nhất 02 ngày trước khi bàn giao công trình (dự kiến ngày 25/9/2027).',
    'd) Công khai số tiền quyên góp được trong vòng 05 ngày sau khi kết thúc đợt 2.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('counting back from a day', () => {
  it('given in a bracket after the event', () => {
    const show = task('Chuẩn bị chương trình văn nghệ');
    expect(show?.deadline?.due).toBe('2027-09-25');
    expect(show?.reviewNotes.join(' ')).toContain('đếm ngược');
    expect(task('Gửi giấy mời đại biểu')?.deadline?.due).toBe('2027-10-02');
  });

  it('given in a bracket as expected', () => {
    expect(task('Dọn mặt bằng')?.deadline?.due).toBe('2027-09-23');
  });

  it('that is the first day of a round the document schedules', () => {
    expect(task('In phiếu quyên góp')?.deadline?.due).toBe('2027-07-16');
  });

  it('or forward from the last day of such a round', () => {
    expect(task('Công khai số tiền quyên góp')?.deadline?.due).toBe('2027-09-25');
  });

  it('named elsewhere in the document', () => {
    const file = task('Hoàn thiện hồ sơ hoàn công');
    expect(file?.deadline?.due).toBe('2027-09-17');
    expect(file?.reviewNotes.join(' ')).toContain('đếm ngược');
  });
});
