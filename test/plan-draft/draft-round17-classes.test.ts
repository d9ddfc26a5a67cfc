import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 17 of the drafter), one block per class of holdout-13's unmatched draft tasks.

describe('stage lines under the time part, after the campaign span', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. THỜI GIAN',
      'Chiến dịch vệ sinh kênh mương diễn ra từ ngày 01/4/2026 đến hết ngày 30/6/2026, gồm 02 giai đoạn:',
      '- Giai đoạn 1 (từ ngày 01/4/2026 đến ngày 30/4/2026): khảo sát, lập danh mục tuyến kênh.',
      '- Giai đoạn 2 (từ ngày 01/5/2026 đến ngày 30/6/2026): nạo vét, thu gom rác thải.',
      'III. NHIỆM VỤ',
      '1. Phòng Nông nghiệp huyện lập danh mục tuyến kênh cần nạo vét trước ngày 25/4/2026.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('makes the stages and the span phases, not tasks', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual([expect.stringMatching(/^Lập danh mục tuyến kênh/)]);
    expect(by('lập danh mục tuyến kênh')?.lead).toBeDefined();
    expect(draft.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Chiến dịch vệ sinh kênh mương', '2026-04-01', '2026-06-30'],
      ['Giai đoạn 1', '2026-04-01', '2026-04-30'],
      ['Giai đoạn 2', '2026-05-01', '2026-06-30'],
    ]);
  });
});

describe('a duty and its measure or intensity in the next clause', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Đài Truyền thanh huyện mở chuyên mục "Đất công minh bạch"; mỗi tháng phát ít nhất 02 kỳ.',
      '2. Phòng Tài nguyên và Môi trường đo đạc lại các thửa đất công, hoàn thành trước ngày 30/6/2025; bảo đảm 100% thửa có hồ sơ địa chính.',
      '3. Văn phòng Ủy ban nhân dân huyện đăng tin về kiểm kê đất công; tập trung cao điểm từ ngày 01/5/2025 đến ngày 31/5/2025.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('keeps the quota, the target and the peak with the duty before them', () => {
    expect(draft.tasks).toHaveLength(3);
    expect(by('mở chuyên mục')?.source).toMatch(/ít nhất 02 kỳ/);
    expect(by('đo đạc lại')?.source).toMatch(/100% thửa/);
    expect(by('đo đạc lại')?.deadline?.due).toBe('2025-06-29');
    expect(by('đăng tin')?.deadline?.due).toBe('2025-05-31');
  });
});

describe('a general aim before the duty', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Phòng Tài nguyên và Môi trường xác định kiểm kê đất công là nhiệm vụ trọng tâm, cấp bách; lập danh mục các thửa đất công bị lấn chiếm trước ngày 31/5/2025.',
    ].join('\n'),
  );

  it('drafts the dated duty, with no task of its own for the aim', () => {
    expect(draft.tasks).toHaveLength(1);
    expect(draft.tasks[0]?.source).toMatch(/lập danh mục các thửa đất công/);
    expect(draft.tasks[0]?.deadline?.due).toBe('2025-05-30');
  });
});

describe('a heading of heads with a closing qualifier, schools of a kind as a collective', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Chủ tịch Ủy ban nhân dân các xã, thị trấn trong phạm vi quản lý của mình',
      'a) Rà soát quỹ đất công chưa sử dụng trước ngày 31/3/2025.',
      '2. Thủ trưởng các cơ sở giáo dục nghề nghiệp, nhất là các trường có trên 1.000 học viên',
      'a) Kê khai diện tích đất đang sử dụng trước ngày 15/4/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the items under each heading its units as lead, and drafts no task from the heading', () => {
    expect(draft.tasks).toHaveLength(2);
    expect(name(by('quỹ đất công')?.lead)).toMatch(/xã, thị trấn/);
    expect(name(by('Kê khai diện tích')?.lead)).toMatch(/^các cơ sở giáo dục nghề nghiệp$/i);
  });
});

describe('rules and notes among the duties', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Phòng Tài nguyên và Môi trường lập danh mục đất công trước ngày 31/3/2025.',
      '2. Quy định về hồ sơ',
      '- Hồ sơ kiểm kê phải được cán bộ địa chính ký xác nhận ngay trong ngày.',
      '- Người phát hiện đất công bị lấn chiếm được khen thưởng theo quy định.',
      'Lưu ý: thửa đất đang tranh chấp chưa đưa vào danh mục trong năm 2025.',
    ].join('\n'),
  );

  it('drafts no task from a passive rule about papers or people, nor from a note', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual([expect.stringMatching(/^Lập danh mục đất công/)]);
  });
});

describe('an addressee list of heads of ministries as a heading', () => {
  const draft = draftPlan(
    [
      'THỦ TƯỚNG CHÍNH PHỦ',
      'Số: 05/CT-TTg',
      'Hà Nội, ngày 12 tháng 02 năm 2025',
      'CHỈ THỊ',
      'Về kiểm kê đất công',
      '1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ',
      'a) Rà soát quỹ đất công do bộ, ngành quản lý trước ngày 31/3/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the items under it the ministries as lead', () => {
    expect(name(by('quỹ đất công')?.lead)).toMatch(/^các bộ trưởng, thủ trưởng cơ quan ngang bộ, cơ quan thuộc chính phủ$/i);
  });
});
