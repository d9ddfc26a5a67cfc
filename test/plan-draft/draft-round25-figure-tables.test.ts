import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 25 of the drafter): a table of figures pasted with TABs under a unit heading.

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN VĨNH TRƯỜNG', 'Số: 40/KH-UBND', 'Vĩnh Trường, ngày 02 tháng 4 năm 2029', 'KẾ HOẠCH', 'Cấp phát cây giống năm 2029'];

describe('tables of figures pasted with TABs', () => {
  it('short labels over rows of a name and figures give no tasks; the duties around them stay', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. NHIỆM VỤ',
        '1. Ủy ban nhân dân các xã',
        '- Nhận cây giống và cấp cho hộ dân theo số lượng dưới đây trước ngày 20/4/2029.',
        'Xã\tSố hộ\tSố cây giống',
        'Xã Vĩnh Lộc\t120\t2.400',
        'Xã Vĩnh Hòa\t95\t1.900',
        'Tổng cộng\t215\t4.300',
        '2. Phòng Nông nghiệp và Môi trường huyện: Hướng dẫn kỹ thuật trồng cây cho hộ dân.',
      ].join('\n'),
    );
    const { by } = helpers(draft);
    expect(draft.tasks.map((t) => t.title)).toEqual([expect.stringMatching(/^Nhận cây giống/u), expect.stringMatching(/^Hướng dẫn kỹ thuật/u)]);
    expect(by('cấp cho hộ dân')?.deadline?.due).toBe('2029-04-19');
  });

  it('a table pasted with TABs whose rows are duties, numbered in their first cell, is no table of figures', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. NHIỆM VỤ',
        '1. Ủy ban nhân dân các xã',
        'STT\tCông việc\tSố lượng',
        '1\tNhận cây giống tại vườn ươm huyện\t4.300',
        '2\tCấp cây giống cho hộ dân\t215',
      ].join('\n'),
    );
    expect(helpers(draft).by('vườn ươm')).toBeDefined();
  });
});
