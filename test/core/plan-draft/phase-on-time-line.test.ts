import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 35 of the drafter): a duty whose own "Thời gian:" line says only "trong Giai đoạn 2" runs for
// that phase of the plan, so it is due when the phase ends.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ PHÚ AN',
    'Số: 12/KH-UBND',
    'Phú An, ngày 06 tháng 01 năm 2034',
    'KẾ HOẠCH',
    'Xây dựng thư viện số của xã năm 2034',
    'I. LỘ TRÌNH',
    'Kế hoạch được triển khai qua 02 giai đoạn:',
    '- Giai đoạn 1 (từ ngày 01/02/2034 đến ngày 31/5/2034): khảo sát, chuẩn bị thiết bị.',
    '- Giai đoạn 2 (từ ngày 01/6/2034 đến ngày 30/11/2034): đưa vào sử dụng.',
    'II. NHIỆM VỤ',
    '1. Nhập dữ liệu sách của thư viện xã lên phần mềm dùng chung.',
    'Cơ quan chủ trì: Công chức Văn hóa - Xã hội xã.',
    'Thời gian: trong Giai đoạn 2.',
  ].join('\n'),
);

describe("a phase named on a duty's time line", () => {
  it("gives the duty the phase's end as its deadline", () => {
    const task = draft.tasks.find((t) => t.title.includes('Nhập dữ liệu'));
    expect(task?.deadline).toMatchObject({ start: '2034-06-01', due: '2034-11-30' });
  });
});
