import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 35 of the drafter): a letter's group heading "1. Đối với các Bộ, cơ quan ngang Bộ, cơ quan
// thuộc Chính phủ", the ministries capitalised, names one collective that leads the items under it (not the other addressee).

const draft = draftPlan(
  [
    'BỘ NỘI VỤ',
    'Số: 210/BNV-VP',
    'V/v báo cáo số liệu cán bộ, công chức năm 2034',
    'Hà Nội, ngày 05 tháng 01 năm 2034',
    'Kính gửi:',
    '- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;',
    '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
    'Để tổng hợp số liệu, Bộ Nội vụ đề nghị các cơ quan, địa phương thực hiện một số nội dung sau:',
    '1. Đối với các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ',
    'a) Gửi số liệu biên chế công chức năm 2033 về Bộ Nội vụ trước ngày 28/02/2034.',
    '2. Đối với Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    'a) Gửi số liệu cán bộ, công chức cấp xã về Bộ Nội vụ trước ngày 31/3/2034.',
  ].join('\n'),
);

describe('the ministries as a capitalised collective', () => {
  it('lead the items under their group heading', () => {
    const task = draft.tasks.find((t) => t.title.includes('biên chế'));
    const unit = [...draft.units, ...draft.groups].find((u) => u.code === task?.lead);
    expect(unit?.name.toLowerCase()).toBe('các bộ, cơ quan ngang bộ, cơ quan thuộc chính phủ');
  });
});
