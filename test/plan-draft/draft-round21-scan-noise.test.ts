import { describe, expect, it } from 'vitest';
import { cleanPlanText } from '../../src/core/plan-draft/clean-text.ts';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 21 of the drafter): a decision pasted from a scan, digits pulled apart inside dates.

describe('digits pulled apart inside a full date', () => {
  it('joins them where the pieces read as nothing else', () => {
    expect(cleanPlanText('| 4 | Lập hồ sơ | Sở Xây dựng | Trước 2 9/4/2030 |')).toContain('Trước 29/4/2030');
    expect(cleanPlanText('| 1 8/3/2030 |')).toBe('| 18/3/2030 |');
    expect(cleanPlanText('Trước 12/1 1/2030')).toBe('Trước 12/11/2030');
    expect(cleanPlanText('Tháng 0 7/2030')).toBe('Tháng 07/2030');
    expect(cleanPlanText('trước ngày 2 0/ 8/2030')).toBe('trước ngày 20/8/2030');
    expect(cleanPlanText('hoàn thành trước 31/5/ 2030.')).toBe('hoàn thành trước 31/5/2030.');
  });

  it('invents no date: a rank, a count before a date, a day that does not exist', () => {
    expect(cleanPlanText('tỉnh xếp thứ 3 2/63 tỉnh')).toBe('tỉnh xếp thứ 3 2/63 tỉnh');
    expect(cleanPlanText('gồm 2 1/3/2030')).toBe('gồm 2 1/3/2030');
    expect(cleanPlanText('| Trước 3 8/3/2030 |')).toBe('| Trước 3 8/3/2030 |');
  });
});

describe('a decision whose kind runs into its subject line', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN AN PHÚ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
      'Số: 3 05/QĐ-UBND An Phú, ngày 1 4 tháng 0 2 năm 2030',
      'QUYẾT ĐỊNHVề việc ban hành Kế hoạch chuyển đổi số năm 2030',
      'ỦY BAN NHÂN DÂN HUYỆN AN PHÚ',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2030.',
      'Điều 2. Tổ chức thực hiện',
      '1. Phòng Văn hóa và Thông tin theo dõi, đôn đốc thực hiện Kế hoạch, báo cáo kết quả trước ngày 1 5/1 2/2030.',
      '2. Ủy ban nhân dân các xã, thị trấn ban hành kế hoạch của địa phương trước ngày 3 1/3/2030.',
      '',
      'KẾ HOẠCH',
      'CHUYỂN ĐỔI SỐ NĂM 2030',
      'I. NHIỆM VỤ',
      '1. Phòng Nội vụ số hóa hồ sơ cán bộ, công chức trong quý III/2030.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('reads the kind from the run-on line, so the articles are drafted', () => {
    expect(draft.header.kind).toBe('QUYẾT ĐỊNH');
    expect(by('báo cáo kết quả')?.deadline?.due).toMatch(/^2030-12-1[45]$/);
    expect(by('kế hoạch của địa phương')?.deadline?.due).toMatch(/^2030-03-3[01]$/);
  });
});

describe('a collective followed by "ban hành"', () => {
  const draft = draftPlan([...HEAD, 'I. NHIỆM VỤ', '1. Ủy ban nhân dân các xã, thị trấn ban hành kế hoạch của địa phương trước ngày 31/3/2025.'].join('\n'));

  it('keeps "ban hành" out of the collective that does it', () => {
    expect(draft.groups.map((g) => g.name)).toContain('Ủy ban nhân dân các xã, thị trấn');
    expect(draft.groups.map((g) => g.name)).not.toContain('Ủy ban nhân dân các xã, thị trấn ban');
  });
});
