import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 13 of the drafter): a request to an association of trades outside the issuer.

describe('a request to an association', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Kinh tế và Hạ tầng kiểm tra giá vật liệu xây dựng trong tháng 3/2025.',
      '2. Ủy ban nhân dân huyện đề nghị Hiệp hội Thủy sản tỉnh Hòa Lộc hướng dẫn các cơ sở nuôi trồng niêm yết giá cước.',
      '3. Đề nghị Hiệp hội Các nhà đầu tư Việt Nam phổ biến quy chuẩn mới cho hội viên trước ngày 30/4/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('makes the association asked the lead of the work asked of it', () => {
    expect(name(by('niêm yết giá cước')?.lead)).toBe('Hiệp hội Thủy sản tỉnh Hòa Lộc');
    expect(name(by('quy chuẩn mới')?.lead)).toBe('Hiệp hội Các nhà đầu tư Việt Nam');
  });
});
