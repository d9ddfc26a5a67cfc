import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { withoutMarkup } from '../../src/core/plan-draft/markup-lines.ts';

const TEXTS = join(import.meta.dirname, '..', 'fixtures', 'plan-texts');
const draftOf = (file: string) => draftPlan(readFileSync(join(TEXTS, file), 'utf8'));
const summary = (file: string) => draftOf(file).tasks.map((t) => [t.title.slice(0, 30), t.lead, t.deadline?.due ?? t.deadline?.recurrence?.frequency]);

describe('a plan wrapped in markup reads as the plan', () => {
  it('exported from Google Docs to Markdown: escaped numbering, heading marks, struck-out deadline, comments', () => {
    const draft = draftOf('ke-hoach-xuat-markdown.md');
    expect(summary('ke-hoach-xuat-markdown.md')).toEqual([
      ['Rà soát, cập nhật danh mục các', 'SO_NNMT', '2028-04-14'],
      ['Tham mưu phương án di dời các ', 'SO_NNMT', '2028-05-31'],
      ['Xử lý nghiêm các hành vi khai ', 'CA_TAG', 'monthly'],
      ['Cắm biển cảnh báo tại các điểm', 'NHOM_UY_BAN_NHAN_DAN_XA_PHUONG', '2028-06-29'],
    ]);
    // the struck-out date is deleted text, and the reviewer's comment is no part of the plan
    expect(draft.tasks.map((t) => t.source).join('\n')).not.toMatch(/30\/3\/2028|cmnt|\\/);
    expect(JSON.stringify(draft)).not.toContain('Đề nghị xem lại');
  });

  it('forwarded by e-mail, every line behind "> ", under the mail headers', () => {
    const draft = draftOf('ke-hoach-chuyen-tiep-email.txt');
    expect(draft.header.number).toBe('55/KH-SXD');
    expect(summary('ke-hoach-chuyen-tiep-email.txt')).toEqual([
      ['Lập danh sách công trình cần k', 'PHONG_QL', '2028-03-19'],
      ['Tổ chức kiểm tra các công trìn', 'PHONG_QL', '2028-06-30'],
      ['Xử lý vi phạm sau kiểm tra, bá', 'THANH_TRA_SO', 'monthly'],
    ]);
  });

  it('keeps a line that merely starts with ">" in a plan that is not quoted, and every word of a link', () => {
    const lines = ['1. Sở Y tế', '- Giảm tỷ lệ > 5% so với năm trước.', '- Triển khai [Nghị định 30](https://example.vn/nd30) trong quý I.'];
    expect(withoutMarkup(lines)).toEqual(['1. Sở Y tế', '- Giảm tỷ lệ > 5% so với năm trước.', '- Triển khai Nghị định 30 trong quý I.']);
    expect(withoutMarkup(['> > 1. Phòng Nội vụ', '> > - Rà soát hồ sơ.', '> > - Báo cáo kết quả.'])).toEqual([
      '1. Phòng Nội vụ',
      '- Rà soát hồ sơ.',
      '- Báo cáo kết quả.',
    ]);
  });
});
