import { describe, expect, it } from 'vitest';
import type { PlanFile } from '../../../src/core/plan/plan-schema.ts';
import { reuseCurrentCodes, titleSimilarity } from '../../../src/core/plan/reuse-current-codes.ts';

const file = (tasks: { code: string; title: string; lead: string }[]) => ({ tasks }) as unknown as PlanFile;

describe('reuseCurrentCodes', () => {
  it('gives a drafted duty the code of the current task with the same lead and a similar title', () => {
    const drafted = file([
      { code: 'NV01', title: 'Giai đoạn 1: Xây dựng kế hoạch triển khai, thực hiện', lead: 'CATP' },
      { code: 'NV02', title: 'Xây dựng kế hoạch triển khai', lead: 'CAP5' },
      { code: 'NV03', title: 'Tổ chức hội nghị sơ kết', lead: 'CATP' },
    ]);
    const { file: out, reused } = reuseCurrentCodes(drafted, [
      { code: 'GD1-01', title: 'Xây dựng kế hoạch triển khai, thực hiện chuyển hóa địa bàn', lead: 'CATP' },
    ]);
    expect(reused).toBe(1);
    // same title under another lead is another duty; an unmatched one keeps its drafted code
    expect(out.tasks.map((t) => t.code)).toEqual(['GD1-01', 'NV02', 'NV03']);
  });

  it('renames an unmatched drafted code that a matched duty took', () => {
    const drafted = file([
      { code: 'NV01', title: 'Tuyên truyền phòng chống ma túy', lead: 'DTN' },
      { code: 'NV02', title: 'Rà soát đối tượng nghiện', lead: 'CAP5' },
    ]);
    const { file: out } = reuseCurrentCodes(drafted, [{ code: 'NV01', title: 'Rà soát đối tượng nghiện ma túy', lead: 'CAP5' }]);
    expect(out.tasks.map((t) => t.code)).toEqual(['NV03', 'NV01']);
  });

  it('matches a duty whose lead the secretariat changed only by a nearly identical, long enough title', () => {
    const drafted = file([
      { code: 'NV01', title: 'Tổ chức rà soát, đề xuất danh sách địa bàn đưa vào chuyển hóa năm sau', lead: 'BCD_TP' },
      { code: 'NV02', title: 'Xây dựng kế hoạch', lead: 'BCD_TP' },
      { code: 'NV03', title: 'Tổ chức tuyên truyền phòng chống ma túy trong trường học', lead: 'DTN' },
    ]);
    const { file: out, matched } = reuseCurrentCodes(drafted, [
      { code: 'GD3-03', title: 'Rà soát, đề xuất danh sách địa bàn đưa vào chuyển hóa năm sau', lead: 'CATP' },
      { code: 'GD1-01', title: 'Xây dựng kế hoạch', lead: 'CATP' },
      { code: 'P5-09', title: 'Tổ chức tuyên truyền pháp luật cho người dân', lead: 'CAP5' },
    ]);
    // a short title or a half-similar one under another lead is another duty
    expect(out.tasks.map((t) => t.code)).toEqual(['GD3-03', 'NV02', 'NV03']);
    expect([...matched]).toEqual(['GD3-03']);
  });

  it('compares folded words, ignoring diacritics, case and punctuation', () => {
    expect(titleSimilarity('Rà soát, đề xuất danh sách', 'ra soat de xuat DANH SACH năm 2024')).toBe(1);
    expect(titleSimilarity('Tuyên truyền', 'Kiểm tra')).toBe(0);
  });
});

describe('reuseCurrentCodes when a match is not clear', () => {
  it('a task as similar to two duties keeps neither; both are marked for review naming it', () => {
    const drafted = file([
      { code: 'NV01', title: 'Giai đoạn 3: Tổ chức sơ kết việc thực hiện công tác chuyển hóa', lead: 'BCD_TP' },
      { code: 'NV02', title: 'Đồng thời, xem xét, đưa công tác chuyển hóa địa bàn là một trong những tiêu chí để bình xét, đánh giá', lead: 'BCD_TP' },
      { code: 'NV03', title: 'Đối với địa bàn chuyển hóa chưa đạt', lead: 'BCD_TP' },
    ]);
    const { file: out, matched } = reuseCurrentCodes(drafted, [
      { code: 'GD3-01', title: 'Sơ kết công tác chuyển hóa; đánh giá Phường 5 đạt hay chưa đạt tiêu chí', lead: 'BCD_TP' },
      { code: 'GD3-02', title: 'Đối với địa bàn chưa đạt, họp kiểm điểm, đánh giá nguyên nhân, đề ra giải pháp', lead: 'BCD_TP' },
    ]);
    expect(out.tasks.map((t) => t.code)).toEqual(['NV01', 'NV02', 'GD3-02']);
    expect([...matched]).toEqual(['GD3-02']);
    for (const task of out.tasks.slice(0, 2)) {
      expect(task.review).toBe(true);
      expect(task.review_notes).toContain('Có thể là nhiệm vụ GD3-01 đang theo dõi nhưng chưa chắc chắn; nếu đúng, ghi lại mã đó để giữ các báo cáo.');
    }
  });
  describe('a hand-written title that shares only the topic words with the drafted one', () => {
    const clause =
      'Giai đoạn 3: Ban Chỉ đạo thành phố và Ban Chỉ đạo Phường 5 tổ chức sơ kết việc thực hiện công tác chuyển hóa; trong đó, tập trung đánh giá địa bàn chuyển hóa đạt hay chưa đạt các tiêu chí đề ra';
    const drafted = () =>
      ({
        tasks: [
          { code: 'NV04', title: 'Giai đoạn 3: Tổ chức sơ kết việc thực hiện công tác chuyển hóa', lead: 'BCD_TP', source: clause },
          {
            code: 'NV05',
            title: 'Đối với địa bàn chuyển hóa chưa đạt',
            lead: 'BCD_TP',
            source: 'Đối với địa bàn chuyển hóa chưa đạt: Tổ chức họp, kiểm điểm, đánh giá nguyên nhân chưa đạt, đề ra các giải pháp',
          },
          {
            code: 'NV06',
            title: 'Đồng thời, xem xét, đưa công tác chuyển hóa địa bàn là một trong những tiêu chí để bình xét',
            lead: 'BCD_TP',
            source: 'đồng thời, xem xét, đưa công tác chuyển hóa địa bàn là một trong những tiêu chí để bình xét, phân loại đánh giá cán bộ, đơn vị cuối năm',
          },
        ],
      }) as unknown as PlanFile;
    const current = { code: 'GD3-01', title: 'Sơ kết công tác chuyển hóa; đánh giá Phường 5 đạt hay chưa đạt tiêu chí', lead: 'BCD_TP' };

    it('is matched by its stored clause when the document is sent again', () => {
      const { file: out, reused } = reuseCurrentCodes(drafted(), [{ ...current, source: clause }]);
      expect(reused).toBe(1);
      expect(out.tasks.map((t) => t.code)).toEqual(['GD3-01', 'NV05', 'NV06']);
    });

    it('is left for review, not guessed, when no clause was stored', () => {
      const { file: out, reused } = reuseCurrentCodes(drafted(), [current]);
      expect(reused).toBe(0);
      expect(out.tasks.map((t) => t.code)).toEqual(['NV04', 'NV05', 'NV06']);
    });
  });

  it('keeps two duties drafted from one clause apart by their titles', () => {
    const clause =
      'Công an thành phố và Công an Phường 5 tham mưu Ban Chỉ đạo cùng cấp tổ chức triển khai các biện pháp chuyển hóa địa bàn, mở đợt cao điểm tấn công trấn áp tội phạm';
    const drafted = {
      tasks: [
        { code: 'NV02', title: 'Tổ chức triển khai các biện pháp để chuyển hóa địa bàn', lead: 'CA_TP', source: clause },
        { code: 'NV03', title: 'Cao điểm tấn công, trấn áp tội phạm', lead: 'CA_TP', source: clause },
      ],
    } as unknown as PlanFile;
    const { file: out } = reuseCurrentCodes(drafted, [
      { code: 'CD-01', title: 'Mở đợt cao điểm tấn công, trấn áp tội phạm', lead: 'CA_TP', source: clause },
      { code: 'GD2-01', title: 'Triển khai các biện pháp chuyển hóa địa bàn', lead: 'CA_TP', source: clause },
    ]);
    expect(out.tasks.map((t) => t.code)).toEqual(['GD2-01', 'CD-01']);
  });
});

describe('reuseCurrentCodes for a duty split from a paragraph sent again', () => {
  const clause = 'báo cáo năm trước ngày 10/12/2023';
  const drafted = (source: string) =>
    ({
      tasks: [
        {
          code: 'NV14',
          title: 'Định kỳ 6 tháng, các đơn vị báo cáo kết quả về Ban Chỉ đạo',
          lead: 'NHOM_DON_VI',
          source: 'Định kỳ 6 tháng, các đơn vị báo cáo kết quả về Ban Chỉ đạo trước ngày 10/6/2023',
        },
        { code: 'NV15', title: 'Báo cáo năm', lead: 'NHOM_DON_VI', source, review: true, review_notes: ['Tách từ một mục có nhiều việc.'] },
      ],
    }) as unknown as PlanFile;
  const current = [
    {
      code: 'NV14',
      title: 'Định kỳ 6 tháng, các đơn vị báo cáo kết quả về Ban Chỉ đạo',
      lead: 'CAP5',
      source: 'Định kỳ 6 tháng, các đơn vị báo cáo kết quả về Ban Chỉ đạo trước ngày 10/6/2023',
    },
    { code: 'NV15', title: 'Báo cáo năm', lead: 'CAP5', source: clause },
  ];

  it('is the tracked task its clause names, though its title is short and the secretariat set another lead', () => {
    const { file: out, matched } = reuseCurrentCodes(drafted(clause), current);
    expect(out.tasks.map((t) => t.code)).toEqual(['NV14', 'NV15']);
    expect([...matched].sort()).toEqual(['NV14', 'NV15']);
  });

  it('a changed clause takes a new code and names the tracked task it may be, never its code', () => {
    const { file: out, matched } = reuseCurrentCodes(drafted('báo cáo năm trước ngày 15/12/2023'), current);
    expect(matched.has('NV15')).toBe(false);
    const task = out.tasks[1];
    expect(task?.code).not.toBe('NV15');
    expect(['NV14', 'NV15']).not.toContain(task?.code);
    expect(task?.review).toBe(true);
    expect(task?.review_notes).toContain('Có thể là nhiệm vụ NV15 đang theo dõi nhưng chưa chắc chắn; nếu đúng, ghi lại mã đó để giữ các báo cáo.');
  });

  it('a clause two tasks share is left to their titles', () => {
    const shared = [
      { code: 'NV15', title: 'Báo cáo năm', lead: 'CAP5', source: clause },
      { code: 'NV16', title: 'Tổng kết năm', lead: 'CAP5', source: clause },
    ];
    expect(reuseCurrentCodes(drafted(clause), shared).matched.has('NV15')).toBe(false);
  });
});
