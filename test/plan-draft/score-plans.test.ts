import { describe, expect, it } from 'vitest';
import { junkReason, nameMatches, type PlanKey, scoreDoc } from '../../scripts/plan-score/score-doc.ts';
import { norm, stripMarks, unitNorm } from '../../scripts/plan-score/normalise.ts';

// A tiny hand-made key and draft: the scorer is tested here, not the drafter.
const key: PlanKey = {
  doc: 'tiny.txt',
  items: [
    {
      id: 'X-01',
      label: 'T',
      keywords: ['lập danh sách', 'người nghiện', 'rà soát'],
      lead: ['công an phường'],
      deadline: { dates: ['2025-02-27', '2025-02-28'] },
      recurrence: null,
    },
    {
      id: 'X-02',
      label: 'R',
      keywords: ['báo cáo', 'hằng quý'],
      lead: ['ubnd phường'],
      deadline: { none: true },
      recurrence: { every: 'quarter', day: ['19', '20'] },
    },
    {
      id: 'X-03',
      label: 'T',
      keywords: ['họp dân', 'tuyên truyền'],
      lead: ['các tổ dân phố'],
      deadline: { dates: ['2025-12-31'] },
      recurrence: null,
    },
    {
      id: 'X-04',
      label: 'T',
      keywords: ['cuộc thi', 'tìm hiểu pháp luật'],
      lead: ['đoàn thanh niên phường'],
      deadline: { none: true },
      recurrence: null,
    },
    { id: 'X-P1', label: 'P', keywords: ['giai đoạn 1'], deadline: { start: '2025-03-01', end: '2025-06-30' } },
    { id: 'X-C1', label: 'C', keywords: ['đối tượng', 'cai nghiện tại gia đình'], deadline: { none: true } },
  ],
};

const draft = {
  units: [
    { code: 'CAP', name: 'Công an phường An Hòa', aliases: ['CA phường'] },
    { code: 'UBP', name: 'UBND phường An Hòa' },
    { code: 'TDP', name: 'Tổ dân phố số 3' },
    { code: 'JUNK', name: 'Ban Thường vụ Tỉnh ủy sơ' },
  ],
  phases: [{ code: 'GD1', name: 'Giai đoạn 1', start: '2025-03-01', end: '2025-06-30' }],
  tasks: [
    // matched, lead by name containment, deadline the inclusive day of "trước ngày 28/02/2025".
    { code: 'T1', title: 'Rà soát, lập danh sách người nghiện', source: '…', lead: 'CAP', deadline: '2025-02-28' },
    // matched, lead through the UBND abbreviation, quarterly on day 20 of the quarter's last month (day 81).
    {
      code: 'T2',
      title: 'Báo cáo kết quả hằng quý',
      lead: 'UBP',
      recurrence: { frequency: 'quarterly', day_of_period: 81 },
    },
    // matched, right deadline, wrong lead (one tổ dân phố is not "các tổ dân phố").
    { code: 'T3', title: 'Họp dân tuyên truyền', lead: 'TDP', deadline: '2025-12-31' },
    // Made from a C item: not a duty.
    { code: 'T4', title: 'Đối tượng: người nghiện đang cai nghiện tại gia đình', lead: 'UBP' },
    // Matches nothing.
    { code: 'T5', title: 'Một việc khác hẳn', lead: 'UBP' },
  ],
};

describe('score-plans scorer (port of score.py)', () => {
  it('scores a draft against a key: recall, lead, deadline, precision, C/E tasks, phases, junk units', () => {
    const s = scoreDoc(draft, key);
    expect(s.n_tr).toBe(4);
    expect(s.matched).toBe(3);
    expect(s.lead).toBe(2);
    expect(s.time).toBe(3);
    expect(s.both).toBe(2);
    expect(s.tasks).toBe(5);
    expect(s.tasks_matched).toBe(3);
    expect(s.false_ce).toEqual([['T4', 'X-C1']]);
    expect(s.p_key).toBe(1);
    expect(s.p_found).toBe(1);
    expect(s.units).toBe(4);
    expect(s.junk).toEqual([['JUNK', 'Ban Thường vụ Tỉnh ủy sơ', 'ends in "sơ"']]);
    expect(s.per_item.map((r) => [r.id, r.task, r.leadOk, r.timeOk])).toEqual([
      ['X-01', 'T1', true, true],
      ['X-02', 'T2', true, true],
      ['X-03', 'T3', false, true],
      ['X-04', null, false, false],
    ]);
  });

  it('counts the matched items with a wrong field, and how many of their tasks the draft flagged for review', () => {
    expect([scoreDoc(draft, key).wrong, scoreDoc(draft, key).wrong_flagged]).toEqual([1, 0]);
    const flagged = { ...draft, tasks: draft.tasks.map((t) => (t.code === 'T3' ? { ...t, review: true } : t)) };
    expect([scoreDoc(flagged, key).wrong, scoreDoc(flagged, key).wrong_flagged]).toEqual([1, 1]);
  });

  it('a recurring key item is wrong without a recurrence, and a deadline outside the accepted dates is wrong', () => {
    const wrong = {
      units: draft.units,
      tasks: [
        { code: 'A', title: 'Báo cáo kết quả hằng quý', lead: 'UBP', deadline: '2025-12-31' },
        { code: 'B', title: 'Rà soát, lập danh sách người nghiện', lead: 'CAP', deadline: '2025-03-01' },
      ],
    };
    const s = scoreDoc(wrong, key);
    expect(s.matched).toBe(2);
    expect(s.lead).toBe(2);
    expect(s.time).toBe(0);
  });

  it('an empty or missing draft scores zero without failing', () => {
    for (const d of [{}, null, 'not a plan']) {
      const s = scoreDoc(d, key);
      expect([s.matched, s.tasks, s.units, s.p_found]).toEqual([0, 0, 0, 0]);
    }
  });

  it('normalises like score.py: NFC, old tone placement, abbreviations, marks stripped', () => {
    expect(norm('  Hoà   BÌNH ')).toBe('hòa bình');
    expect(norm('Thuỷ lợi')).toBe('thủy lợi');
    expect(unitNorm('UBND các huyện;')).toBe('ủy ban nhân dân các huyện');
    expect(unitNorm('BCĐ 138 tỉnh')).toBe('ban chỉ đạo 138 tỉnh');
    expect(stripMarks('Đường đê')).toBe('Duong de');
    expect(nameMatches('sở gd&đt', ['sở giáo dục và đào tạo tỉnh lâm hà'])).toBe(true);
    expect(nameMatches('sở y tế', ['ủy ban nhân dân'])).toBe(false);
  });

  it('flags junk unit names the way score.py does', () => {
    expect(junkReason({ name: 'Công an Phường 5' })).toBeNull();
    expect(junkReason({ name: 'Kế hoạch số 12' })).toBe('digits');
    expect(junkReason({ name: 'PHÒNG, CHỐNG TỘI PHẠM' })).toBe('all caps');
    expect(junkReason({ name: 'Căn cứ Luật' })).toBe('title fragment');
  });
});
