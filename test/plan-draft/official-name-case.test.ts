import { describe, expect, it } from 'vitest';
import { officialNameCase } from '../../src/core/plan-draft/official-name-case.ts';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

describe('a body named in capitals gets its official capitals (QA15 #3)', () => {
  it('the kind of body and its field', () => {
    expect(officialNameCase('Ban chỉ đạo phường 5')).toBe('Ban Chỉ đạo phường 5');
    expect(officialNameCase('Sở tài chính')).toBe('Sở Tài chính');
    expect(officialNameCase('Hội liên hiệp phụ nữ xã Tân Hòa')).toBe('Hội Liên hiệp Phụ nữ xã Tân Hòa');
    expect(officialNameCase('Ủy ban nhân dân tỉnh Kon Tum')).toBe('Ủy ban nhân dân tỉnh Kon Tum');
    expect(officialNameCase('Ban Chỉ đạo phòng, chống tội phạm')).toBe('Ban Chỉ đạo phòng, chống tội phạm');
  });

  it('the issuer read from a heading in capitals', () => {
    const text = [
      'BAN CHỈ ĐẠO PHƯỜNG 7',
      'Số: 12/KH-BCĐ',
      'Phường 7, ngày 10 tháng 3 năm 2028',
      '',
      'KẾ HOẠCH',
      'Ra quân làm sạch đường phố năm 2028',
      '',
      '1. Công an phường chủ trì tuần tra các tuyến phố, hoàn thành trước ngày 30/4/2028.',
    ].join('\n');
    const draft = draftPlan(text);
    expect(draft.header.issuer).toBe('Ban Chỉ đạo phường 7');
  });
});
