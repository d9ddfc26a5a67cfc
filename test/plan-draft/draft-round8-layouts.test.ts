import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 8 of the drafter): a commune campaign in steps whose items name their lead
// only in a closing bracket, often a body outside the state gazetteer.

describe('a campaign in steps with leads in closing brackets', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. CÁC BƯỚC THỰC HIỆN',
      '1. Bước 1: Rà soát, chuẩn bị hồ sơ (từ ngày 02/3/2025 đến ngày 20/3/2025)',
      'a) Lập danh sách hộ cần kê khai theo từng thôn (Ban nhân dân các thôn thực hiện, Tổ giúp việc tổng hợp).',
      'b) Niêm yết mẫu tờ khai tại trụ sở trước ngày 10/3/2025 (Bộ phận Tiếp nhận và Trả kết quả xã thực hiện).',
      '2. Bước 2: Tiếp nhận và xử lý hồ sơ kê khai (từ ngày 21/3/2025 đến ngày 30/5/2025)',
      'a) Đo đạc lại thửa đất có biến động, xong chậm nhất ngày 15/5/2025 (Chi nhánh Văn phòng Đăng ký đất đai khu vực Bình Minh chủ trì, Phòng Kinh tế phối hợp).',
      'b) Thu thập giấy tờ còn thiếu của người sử dụng đất (Ban điều hành các khu phố thực hiện; Tổ công tác hướng dẫn).',
      'c) Kiểm tra chất lượng hồ sơ đã nhập (Tổ công tác thực hiện Đề án của xã chủ trì).',
      'd) Tổng hợp kết quả từng tuần (Tổ giúp việc đợt kê khai chủ trì, Ban nhân dân các thôn phối hợp).',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('takes the lead from the bracket, whatever body it names', () => {
    expect(name(by('danh sách hộ')?.lead)).toBe('Ban nhân dân các thôn');
    expect(name(by('mẫu tờ khai')?.lead)).toMatch(/^Bộ phận Tiếp nhận và Trả kết quả/);
    expect(name(by('Đo đạc lại')?.lead)).toMatch(/^Chi nhánh Văn phòng Đăng ký đất đai/);
    expect(name(by('giấy tờ còn thiếu')?.lead)).toBe('Ban điều hành các khu phố');
    expect(name(by('chất lượng hồ sơ')?.lead)).toMatch(/^Tổ công tác/);
    expect(name(by('Tổng hợp kết quả')?.lead)).toBe('Tổ giúp việc');
  });

  it('keeps the supporting body as support', () => {
    const task = by('Tổng hợp kết quả');
    expect(task?.support.map(name)).toContain('Ban nhân dân các thôn');
  });

  it('makes the step headings phases, not tasks, even with the period after the name', () => {
    expect(draft.phases.map((p) => p.code)).toEqual(['BUOC1', 'BUOC2']);
    expect(draft.tasks.some((t) => /^Bước \d/u.test(t.title))).toBe(false);
  });
});

describe('a directive in prose addressed to central and collective bodies', () => {
  const draft = draftPlan(
    [
      'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      'Số: 05/CT-BNNMT',
      'Hà Nội, ngày 10 tháng 3 năm 2025',
      'CHỈ THỊ',
      'Về phòng, chống dịch tả lợn châu Phi',
      'Bộ trưởng yêu cầu:',
      '1. Thủ trưởng các đơn vị thuộc Bộ coi phòng, chống dịch là nhiệm vụ trọng tâm; chịu trách nhiệm nếu để dịch lan rộng.',
      '2. Cục Quản lý Khám, chữa bệnh cập nhật phác đồ xử lý ổ dịch trước ngày 30/4/2025.',
      '3. Viện Thú y Trung ương, các Viện Pasteur giám sát vi rút tại các điểm nguy cơ.',
      '4. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo tiêu hủy lợn bệnh trong 24 giờ, hoàn thành kiểm tra các trang trại trước ngày 31/5/2025. Bảo đảm 100% ổ dịch được xử lý trong năm 2025.',
      '5. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội vận động hội viên không giấu dịch.',
      '6. Các đảng ủy trực thuộc Tỉnh ủy lãnh đạo việc phòng dịch ở cơ sở. Các cấp ủy, tổ chức đảng tuyên truyền đến đảng viên.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads heads of collectives, a sector name with a comma, institutes and central bodies as leads', () => {
    expect(name(by('nhiệm vụ trọng tâm')?.lead)).toMatch(/^các đơn vị thuộc Bộ$/i);
    expect(name(by('phác đồ')?.lead)).toBe('Cục Quản lý Khám, chữa bệnh');
    expect(name(by('vi rút')?.lead)).toBe('Viện Thú y Trung ương');
    expect(name(by('không giấu dịch')?.lead)).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam');
    expect(name(by('lãnh đạo việc phòng dịch')?.lead)).toMatch(/^Các đảng ủy trực thuộc Tỉnh ủy$/i);
    expect(name(by('đến đảng viên')?.lead)).toMatch(/^Các cấp ủy, tổ chức đảng$/i);
  });

  it('keeps a paragraph whose subject is a unit a duty though it holds a percentage', () => {
    expect(draft.criteria.some((c) => c.text.includes('tiêu hủy lợn bệnh'))).toBe(false);
    expect(name(by('tiêu hủy lợn bệnh')?.lead)).toMatch(/^Ủy ban nhân dân các tỉnh/);
  });
});

describe('a paragraph of several sentences, each a duty', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Phòng Nông nghiệp huyện rà soát diện tích lúa bị hạn, hoàn thành trước ngày 20/3/2025. Bảo đảm 90% diện tích được tưới bổ sung. Dự trữ đủ giống lúa ngắn ngày cho vụ sau. Bố trí kinh phí mua máy bơm dã chiến.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('makes each sentence that opens with an action a task of the same unit', () => {
    for (const part of ['Bảo đảm 90%', 'Dự trữ đủ giống', 'Bố trí kinh phí']) {
      expect(by(part)?.source.startsWith(part)).toBe(true);
      expect(name(by(part)?.lead)).toBe('Phòng Nông nghiệp huyện Hòa Lộc');
    }
    expect(by('rà soát diện tích')?.deadline).toMatchObject({ due: '2025-03-19' });
  });
});

describe('a Party programme: its period in the preamble, topic headings ending in "số"', () => {
  const draft = draftPlan(
    [
      'HUYỆN ỦY HÒA LỘC',
      'Số 09-CTr/HU',
      'Hòa Lộc, ngày 12 tháng 02 năm 2025',
      'CHƯƠNG TRÌNH HÀNH ĐỘNG',
      'thực hiện Nghị quyết số 05-NQ/TU về chuyển đổi số',
      'Ngày 10/01/2025, Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU. Ban Thường vụ Huyện ủy ban hành Chương trình hành động thực hiện trong giai đoạn 2025 - 2030 như sau:',
      'I. NHIỆM VỤ',
      '1. Phát triển hạ tầng số',
      'Các cấp ủy, tổ chức đảng lãnh đạo nâng cấp mạng nội bộ, hoàn thành trong năm 2026.',
      '2. Thời gian cao điểm: từ ngày 01/3/2025 đến hết ngày 30/4/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('makes the programme period and a campaign period phases', () => {
    expect(draft.phases.map((p) => [p.start, p.end])).toEqual([
      ['2025-01-01', '2030-12-31'],
      ['2025-03-01', '2025-04-30'],
    ]);
    expect(draft.tasks.some((t) => t.source.includes('cao điểm'))).toBe(false);
  });

  it('keeps a heading ending in "số" (digital) apart from the paragraph under it', () => {
    expect(by('mạng nội bộ')?.source.startsWith('Các cấp ủy')).toBe(true);
    expect(name(by('mạng nội bộ')?.lead)).toMatch(/^các cấp ủy, tổ chức đảng$/i);
  });
});

describe('a time line listing the reports of a regime', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Báo cáo tiến độ kiểm kê về Ủy ban nhân dân huyện.',
      '- Đơn vị thực hiện: Phòng Tài nguyên và Môi trường.',
      '- Thời hạn: Báo cáo quý trước ngày 15 tháng cuối quý; báo cáo 6 tháng trước ngày 10/6/2025; báo cáo năm trước ngày 10/12/2025.',
    ].join('\n'),
  );

  it('makes each report a task with its own time', () => {
    const reports = draft.tasks.filter((t) => t.source.includes('tiến độ kiểm kê'));
    expect(reports.map((t) => t.title.replace(/^.*\((báo cáo [^)]+)\)$/u, '$1'))).toEqual(['báo cáo quý', 'báo cáo 6 tháng', 'báo cáo năm']);
    expect(reports[0]?.deadline?.kind).toBe('recurrence');
    expect(reports.slice(1).map((t) => t.deadline?.due)).toEqual(['2025-06-09', '2025-12-09']);
  });
});

describe('a closing request to carry out the whole plan', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài nguyên và Môi trường tổng hợp kết quả kiểm kê, báo cáo trước ngày 30/6/2025.',
      '2. Thủ trưởng các phòng, ban thuộc huyện tổ chức thực hiện các nhiệm vụ được giao tại Phụ lục.',
      'Các phòng, ban, Ủy ban nhân dân các xã triển khai thực hiện Kế hoạch này./.',
    ].join('\n'),
  );

  it('is no task, while the duties beside it stay', () => {
    expect(draft.tasks.some((t) => /Kế hoạch này|tại Phụ lục/u.test(t.source))).toBe(false);
    expect(draft.tasks.some((t) => t.source.includes('tổng hợp kết quả kiểm kê'))).toBe(true);
  });
});
