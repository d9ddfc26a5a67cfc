import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 27 of the drafter): stages headed in capitals ("GIAI ĐOẠN II – …", "BƯỚC 2 – …") after the
// numbered items of the stage before.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ TÂN PHONG',
    'Số: 08/KH-UBND',
    'Tân Phong, ngày 05 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Chỉnh trang đường làng năm 2029',
    'II. NỘI DUNG',
    'GIAI ĐOẠN I – KHẢO SÁT (từ ngày 10/01/2029 đến ngày 28/02/2029)',
    '1. Công chức Địa chính - Xây dựng: Đo vẽ hiện trạng các tuyến đường trước ngày 20/02/2029.',
    '2. Ban điều hành các thôn: Họp dân lấy ý kiến trước ngày 25/02/2029.',
    '3. Đoàn Thanh niên xã: Ra quân dọn cỏ hai bên đường; bắt đầu từ ngày 15/01/2029.',
    'GIAI ĐOẠN II – THI CÔNG (từ ngày 01/3/2029 đến ngày 30/6/2029)',
    '1. Ban quản lý xây dựng xã',
    'a) Giám sát thi công các tuyến đường.',
    'BƯỚC 3 – NGHIỆM THU (từ ngày 01/7/2029 đến ngày 31/7/2029)',
    '1. Công chức Tài chính - Kế toán: Lập hồ sơ quyết toán trước ngày 25/7/2029.',
  ].join('\n'),
);
const { by } = helpers(draft);

describe('stages headed in capitals after numbered items', () => {
  it('each is a phase with its span', () => {
    expect(draft.phases.map((p) => [p.start, p.end])).toEqual([
      ['2029-01-10', '2029-02-28'],
      ['2029-03-01', '2029-06-30'],
      ['2029-07-01', '2029-07-31'],
    ]);
    // named by their label, the Roman numeral kept
    expect(draft.phases[1]?.name).toBe('Giai đoạn II');
  });

  it('no stage line is a task, nor a line of the item above it', () => {
    expect(draft.tasks.some((t) => /giai đoạn|bước/iu.test(t.title))).toBe(false);
    expect(by('Họp dân')?.source).not.toMatch(/THI CÔNG/u);
  });

  it('the items under a stage belong to it', () => {
    expect(by('Giám sát thi công')?.phase).toBe(draft.phases[1]?.code);
    expect(by('hồ sơ quyết toán')?.phase).toBe(draft.phases[2]?.code);
  });

  it('an undated duty under a stage is due when it ends, but not one that states its own start', () => {
    expect(by('Giám sát thi công')?.deadline?.due).toBe('2029-06-30');
    expect(by('dọn cỏ')?.deadline?.due).toBeUndefined();
  });
});
