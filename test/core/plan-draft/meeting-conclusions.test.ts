import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 33 of the drafter): a notice of a meeting's conclusions ("Thông báo kết luận") written in
// prose, with no numbered parts and no "Kính gửi", gave no task at all: its paragraphs after "… kết luận như sau:" assign the work.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN HUYỆN BÌNH LÂM',
    'VĂN PHÒNG HĐND VÀ UBND',
    'Số: 41/TB-VP',
    'Bình Lâm, ngày 12 tháng 4 năm 2029',
    'THÔNG BÁO',
    'Kết luận của đồng chí Phó Chủ tịch Ủy ban nhân dân huyện tại cuộc họp về phòng, chống dịch bệnh gia súc',
    '',
    'Sáng ngày 10/4/2029, đồng chí Phó Chủ tịch Ủy ban nhân dân huyện chủ trì cuộc họp. Sau khi nghe báo cáo, đồng chí Phó Chủ tịch kết luận như sau:',
    '',
    'Phòng Nông nghiệp và Phát triển nông thôn huyện xây dựng phương án tiêm phòng vụ xuân, trình Ủy ban nhân dân huyện trước ngày 20/4/2029.',
    '',
    'Ủy ban nhân dân các xã, thị trấn rà soát tổng đàn gia súc, hoàn thành trước ngày 30/4/2029.',
  ].join('\n'),
);

describe('a notice of conclusions in prose', () => {
  it('makes each assigned paragraph a task of the unit it names', () => {
    const { by, name } = helpers(draft);
    expect(name(by('phương án tiêm phòng')?.lead)).toBe('Phòng Nông nghiệp và Phát triển nông thôn huyện');
    expect(by('phương án tiêm phòng')?.deadline).toMatchObject({ due: '2029-04-19' });
    expect(name(by('rà soát tổng đàn')?.lead)).toBe('Ủy ban nhân dân các xã, thị trấn');
  });
});

describe('the heading of a notice', () => {
  it('reads the line after "THÔNG BÁO" as the title, not as a duty', () => {
    expect(draft.header.title).toBe('Kết luận của đồng chí Phó Chủ tịch Ủy ban nhân dân huyện tại cuộc họp về phòng, chống dịch bệnh gia súc');
    expect(draft.tasks.filter((t) => t.source.startsWith('Kết luận của'))).toEqual([]);
  });
});
