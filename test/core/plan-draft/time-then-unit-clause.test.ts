import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 33 of the drafter): a clause that opens with when it happens, then its unit ("…; kết thúc
// Giai đoạn 1, Bộ phận Một cửa chủ trì sơ kết …"), was led by the units of the sentence's first clause.

const draft = draftPlan(
  [
    ...HEAD,
    'V. TỔ CHỨC THỰC HIỆN',
    'Các bộ phận, công chức được phân công nghiêm túc triển khai; kết thúc Giai đoạn 1, Phòng Nội vụ huyện chủ trì tổ chức sơ kết trong tháng 7/2025; cuối Giai đoạn 2, Văn phòng Ủy ban nhân dân huyện tham mưu tổng kết trước ngày 20/12/2025.',
  ].join('\n'),
);

describe('a clause that opens with a time, then its unit', () => {
  it('is led by that unit', () => {
    const { by, name } = helpers(draft);
    expect(name(by('tổ chức sơ kết')?.lead)).toBe('Phòng Nội vụ huyện Hòa Lộc');
    expect(name(by('tham mưu tổng kết')?.lead)).toBe('Văn phòng Ủy ban nhân dân huyện Hòa Lộc');
    expect(by('tham mưu tổng kết')?.deadline).toMatchObject({ due: '2025-12-19' });
  });
});
