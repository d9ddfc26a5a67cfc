import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): "… . Riêng Hội Cựu chiến binh xã tổ chức …" singles out one unit with a
// duty of its own; "Riêng đối với lớp 1, …" (no unit) stays an exception of the duty before it.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ THANH XUÂN',
    'Số: 27/KH-UBND',
    'Thanh Xuân, ngày 09 tháng 4 năm 2031',
    'KẾ HOẠCH',
    'Phong trào toàn dân bảo vệ môi trường năm 2031',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể xã: vận động hội viên thu gom rác thải nhựa tại hộ gia đình. Riêng Hội Cựu chiến binh xã tổ chức trồng cây xanh ven đường liên thôn vào tháng 5/2031.',
    '2. Trường Tiểu học xã tổ chức cho học sinh dọn vệ sinh sân trường hằng tuần. Riêng đối với lớp 1, giáo viên chủ nhiệm trực tiếp hướng dẫn.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const leadName = (words: string) => draft.units.find((u) => u.code === task(words)?.lead)?.name;

describe('"Riêng <unit> …"', () => {
  it("is that unit's duty of its own", () => {
    expect(task('Vận động hội viên')?.title).not.toContain('trồng cây');
    expect(leadName('Tổ chức trồng cây xanh')).toMatch(/^Hội Cựu chiến binh/u);
    expect(task('Tổ chức trồng cây xanh')?.deadline?.due).toBe('2031-05-31');
  });

  it('stays with the duty when it names no unit', () => {
    expect(draft.tasks.filter((t) => t.source.includes('lớp 1'))).toHaveLength(1);
    expect(task('dọn vệ sinh sân trường')?.source).toContain('lớp 1');
  });
});
