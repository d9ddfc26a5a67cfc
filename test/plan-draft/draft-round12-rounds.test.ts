import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 12 of the drafter): a duty done in rounds, each round's time in the duty's own sentence.

describe('rounds of one duty written in its sentence', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài nguyên và Môi trường',
      'a) Tổ chức kiểm kê đất công đợt 1 trong quý II/2025 và đợt 2 trong quý IV/2025.',
      'b) Kiểm tra các điểm tập kết cát, sỏi, chia làm 02 đợt: đợt thứ nhất trong tháng 5/2025, đợt thứ hai trong tháng 10/2025.',
      '2. Phòng Tài chính - Kế hoạch',
      'Tham mưu cấp kinh phí đo đạc, thực hiện hai đợt: trước ngày 15/4/2025 và trước ngày 15/9/2025.',
      '3. Ủy ban nhân dân các xã, thị trấn',
      'a) Lập danh sách thửa đất công gửi Phòng Tài nguyên và Môi trường trước ngày 30/3/2025 (đợt 1) và trước ngày 30/8/2025 (đợt 2).',
      'b) Ra quân dọn vệ sinh bãi đất công đợt I từ ngày 01/6/2025 đến ngày 10/6/2025, đợt II từ ngày 01/11/2025 đến ngày 10/11/2025.',
      'c) Báo cáo tiến độ kiểm kê trong tháng 7/2025 (kết quả đợt 1 đã nêu tại điểm a).',
    ].join('\n'),
  );
  const { name } = helpers(draft);
  const dues = (part: string) => draft.tasks.filter((t) => t.source.includes(part)).map((t) => t.deadline?.due);

  it('makes one task per round named before its time', () => {
    expect(dues('kiểm kê đất công')).toEqual(['2025-06-30', '2025-12-31']);
    expect(dues('cát, sỏi')).toEqual(['2025-05-31', '2025-10-31']);
    expect(dues('dọn vệ sinh')).toEqual(['2025-06-10', '2025-11-10']);
  });

  it('makes one task per bare time after "hai đợt:"', () => {
    expect(dues('kinh phí đo đạc')).toEqual(['2025-04-14', '2025-09-14']);
  });

  it('makes one task per round named in brackets after its time', () => {
    expect(dues('thửa đất công')).toEqual(['2025-03-29', '2025-08-29']);
  });

  it('keeps the lead and leaves the other round out of each task', () => {
    const rounds = draft.tasks.filter((t) => t.source.includes('thửa đất công'));
    expect(rounds.map((t) => name(t.lead))).toEqual(['Ủy ban nhân dân các xã, thị trấn', 'Ủy ban nhân dân các xã, thị trấn']);
    expect(rounds[1]!.source).not.toMatch(/30\/3\/2025/);
    expect(rounds[0]!.source).not.toMatch(/30\/8\/2025/);
  });

  it('does not split a duty that names only one round', () => {
    expect(dues('tiến độ kiểm kê')).toEqual(['2025-07-31']);
  });
});
