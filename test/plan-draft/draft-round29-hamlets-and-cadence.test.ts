import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 29 of the drafter): branches named by a residential group of several words, and a
// cadence "theo quý / theo tháng" closing a clause.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'XÃ LONG HÒA',
    'Số: 19/KH-UBND',
    'Long Hòa, ngày 05 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Phòng, chống dịch bệnh trên gia súc năm 2029',
    'II. LỊCH TIÊM PHÒNG THEO QUÝ',
    '1. Công chức Địa chính - Nông nghiệp xã',
    '- Giám sát dịch bệnh tại các hộ chăn nuôi; tổng hợp kết quả theo quý.',
    '- Kiểm tra việc vệ sinh chuồng trại tại các hộ, báo cáo kết quả theo tháng.',
    '2. Các hoạt động tại ấp',
    '- Phun thuốc khử trùng khu vực chợ; Chi đoàn khu phố 1 thực hiện xong trước ngày 20/01/2029.',
    '- Chi hội Nông dân tổ dân phố 3 vận động hội viên tiêm phòng đầy đủ cho đàn vật nuôi.',
  ].join('\n'),
);
const { by, name } = helpers(draft);

describe('a branch named by its residential group', () => {
  it('"khu phố N" and "tổ dân phố N" after "Chi đoàn", "Chi hội …" make the branch a unit that leads', () => {
    expect(name(by('Phun thuốc khử trùng')?.lead)).toBe('Chi đoàn khu phố 1');
    expect(name(by('tiêm phòng đầy đủ')?.lead)).toBe('Chi hội Nông dân tổ dân phố 3');
  });
});

describe('"theo quý", "theo tháng" closing a clause', () => {
  it('is the cadence of the duty, and summing up the results each quarter stays with the work', () => {
    expect(by('Giám sát dịch bệnh')?.deadline?.recurrence?.frequency).toBe('quarterly');
    expect(draft.tasks.filter((t) => t.source.includes('tổng hợp kết quả theo quý'))).toHaveLength(1);
    expect(by('vệ sinh chuồng trại')?.deadline?.recurrence?.frequency).toBe('monthly');
  });

  it('a schedule heading broken down by quarter is no duty', () => {
    expect(draft.tasks.some((t) => /LỊCH TIÊM PHÒNG/u.test(t.title))).toBe(false);
  });
});
