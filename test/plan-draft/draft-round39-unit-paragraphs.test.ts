import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 39 of the drafter): duties written as unnumbered paragraphs, each opening with its unit
// in capitals, some followed by a paragraph that names no unit of its own.

describe('paragraphs that open with their unit in capitals', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'XÃ HÒA BÌNH',
      'Số: 12/KH-UBND',
      'Hòa Bình, ngày 03 tháng 3 năm 2028',
      'KẾ HOẠCH',
      'Phát triển nghề đan lát năm 2028',
      'I. NHIỆM VỤ',
      'PHÒNG KINH TẾ chủ trì khảo sát các hộ làm nghề đan lát, hoàn thành trước ngày 30/4/2028.',
      '',
      'Hướng dẫn các hộ vay vốn khuyến công; thực hiện thường xuyên.',
      '',
      'CÔNG AN XÃ kiểm tra phòng cháy tại các cơ sở sản xuất trong tháng 6/2028.',
      '',
      'CÁC THÔN CÓ LÀNG NGHỀ (Thôn Đông, Thôn Tây) vận động nhân dân giữ vệ sinh khu sản xuất.',
      '',
      'ĐỀ NGHỊ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ vận động hội viên tham gia hội chợ làng nghề.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the unit in capitals as the lead', () => {
    expect(name(by('khảo sát các hộ làm nghề')?.lead)).toBe('Phòng Kinh tế');
    expect(name(by('kiểm tra phòng cháy')?.lead)).toMatch(/^Công an xã/);
    expect(name(by('giữ vệ sinh khu sản xuất')?.lead)?.toLowerCase()).toMatch(/^các thôn/);
    expect(name(by('hội chợ làng nghề')?.lead)).toMatch(/^Ủy ban Mặt trận Tổ quốc Việt Nam xã/);
  });

  it('gives a paragraph that opens with an action the unit of the paragraph before it', () => {
    expect(name(by('vay vốn khuyến công')?.lead)).toBe('Phòng Kinh tế');
  });
});
