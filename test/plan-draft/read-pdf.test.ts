import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { readPlanSource } from '../../src/plan-import/draft/read-plan-source.ts';
import { DocumentFileError, FILE_LIMITS } from '../../src/plan-import/read-document-file.ts';
import { buildPdf, type PdfLine } from '../plan/support/build-pdf.ts';

const seed = readFileSync(new URL('../fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'dieuphoi-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** Lines of at most 90 characters, broken at spaces as a printed page breaks them. */
const wrap = (line: string): string[] => {
  const out: string[] = [];
  let rest = line;
  while (rest.length > 90) {
    const cut = rest.lastIndexOf(' ', 90);
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  return [...out, rest];
};

/** The text cut into pages of 30 lines, each page with a running header and a page number, as printed. */
function printed(text: string): string[][] {
  const lines = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap(wrap);
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += 30) {
    const n = pages.length + 1;
    pages.push([...(n > 1 ? ['Kế hoạch số 45/KH-BCĐ ngày 10/3/2023'] : []), ...lines.slice(i, i + 30), `- ${n} -`]);
  }
  return pages;
}

const failure = (path: string) =>
  readPlanSource(path).then(
    () => null,
    (e: unknown) => e as DocumentFileError,
  );

describe('PDF plans', () => {
  it('reads a text PDF line by line, without running headers or page numbers, and drafts it like its text', async () => {
    const pages = printed(seed);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const text = await readPlanSource(write('seed.pdf', buildPdf(pages)));
    expect(text).not.toMatch(/^- \d+ -$/m);
    expect(text).not.toContain('Kế hoạch số 45/KH-BCĐ ngày 10/3/2023');
    const fromPdf = draftPlan(text);
    const fromText = draftPlan(seed);
    expect(fromPdf.tasks.length).toBeGreaterThan(0);
    expect(fromPdf.tasks.map((t) => [t.title, t.lead, t.deadline])).toEqual(fromText.tasks.map((t) => [t.title, t.lead, t.deadline]));
  });

  it('says a PDF with no text layer (a scan) cannot be read, in Vietnamese', async () => {
    const error = await failure(write('scan.pdf', buildPdf([[], [], []])));
    expect(error).toBeInstanceOf(DocumentFileError);
    expect(error?.message).toContain('không có lớp chữ');
  });

  it('refuses a file named .pdf that is no PDF, and a PDF over the size limit, before parsing', async () => {
    expect((await failure(write('fake.pdf', 'KẾ HOẠCH\n1. Sở Nội vụ chủ trì.')))?.message).toContain('không phải tệp PDF');
    const big = Buffer.concat([buildPdf([['x']]), Buffer.alloc(FILE_LIMITS.pdfBytes)]);
    expect((await failure(write('big.pdf', big)))?.message).toContain('quá lớn');
  });

  it('says a damaged PDF is damaged, in Vietnamese', async () => {
    const error = await failure(write('cut.pdf', buildPdf([['KẾ HOẠCH triển khai']]).subarray(0, 60)));
    expect(error).toBeInstanceOf(DocumentFileError);
    expect(error?.message).toMatch(/Không đọc được nội dung tệp "cut.pdf"|không có lớp chữ/);
  });

  it('reads the two-column header and signature down each column, so the issuer and the dateline are found', async () => {
    const page: PdfLine[] = [
      [
        [50, 'ỦY BAN NHÂN DÂN'],
        [300, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ],
      [
        [55, 'XÃ PHÚ THỊNH'],
        [310, 'Độc lập - Tự do - Hạnh phúc'],
      ],
      '-------',
      [
        [50, 'Số: 27/KH-UBND'],
        [320, 'Phú Thịnh, ngày 08 tháng 02 năm 2027'],
      ],
      [[255, 'KẾ HOẠCH']],
      [[150, 'Phòng, chống cháy rừng mùa khô năm 2027']],
      'I. NHIỆM VỤ',
      '1. Công an xã chủ trì kiểm tra các điểm có nguy cơ cháy cao, hoàn thành trước ngày 15/3/2027.',
      '2. Đoàn Thanh niên xã tổ chức ra quân tuyên truyền trong tháng 3/2027.',
      [
        [50, 'Nơi nhận:'],
        [330, 'TM. ỦY BAN NHÂN DÂN'],
      ],
      [
        [50, '- UBND tỉnh (b/c);'],
        [345, 'CHỦ TỊCH'],
      ],
      '- Lưu: VT.',
      [[340, 'Hoàng Văn Lâm']],
    ];
    const text = await readPlanSource(write('columns.pdf', buildPdf([page])));
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ PHÚ THỊNH',
      '-------',
      'Số: 27/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Phú Thịnh, ngày 08 tháng 02 năm 2027',
    ]);
    expect(lines).toContain('- UBND tỉnh (b/c);');
    const draft = draftPlan(text);
    expect(draft.header).toMatchObject({ number: '27/KH-UBND', issueDate: '2027-02-08' });
    expect(draft.header.issuer).toMatch(/Ủy ban nhân dân xã Phú Thịnh/i);
    expect(draft.tasks.map((t) => [t.lead, t.deadline?.due])).toEqual([
      ['CA_XPT', expect.stringMatching(/^2027-03-1[45]$/)],
      ['DTN_XPT', '2027-03-31'],
    ]);
  });
});
