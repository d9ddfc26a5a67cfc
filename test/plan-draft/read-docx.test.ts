import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { readDocx } from '../../src/plan-import/draft/read-docx.ts';

const seed = readFileSync(new URL('../fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt', import.meta.url), 'utf8');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Word's levels as plans use them: I., 1., 1.1., a), -, +. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${[
  ['upperRoman', '%1.'],
  ['decimal', '%2.'],
  ['decimal', '%2.%3.'],
  ['lowerLetter', '%4)'],
  ['bullet', '-'],
  ['bullet', ''],
]
  .map(([fmt, text], i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`)
  .join('')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/** A .docx whose list paragraphs carry Word numbering instead of typed labels; `|` rows become a table. */
async function docxFrom(lines: string[]): Promise<Buffer> {
  const zip = new JSZip();
  const body: string[] = [];
  const rows: string[][] = [];
  const flushTable = () => {
    if (rows.length === 0) return;
    const tr = rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:p><w:r><w:t>${xmlText(c)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`);
    body.push(`<w:tbl>${tr.join('')}</w:tbl>`);
    rows.length = 0;
  };
  for (const line of lines) {
    if (line.startsWith('|')) {
      if (!/^\|[-| ]+\|$/.test(line))
        rows.push(
          line
            .slice(1, -1)
            .split('|')
            .map((c) => c.trim()),
        );
      continue;
    }
    flushTable();
    const m =
      /^([IVX]+)\.\s+(.*)$/.exec(line) ??
      /^(\d+\.\d+)\.?\s+(.*)$/.exec(line) ??
      /^(\d+)\.\s+(.*)$/.exec(line) ??
      /^([a-zđ])\)\s+(.*)$/.exec(line) ??
      /^(-)\s*(.*)$/.exec(line) ??
      /^(\+)\s*(.*)$/.exec(line);
    const level = !m
      ? -1
      : /^[IVX]+$/.test(m[1]!)
        ? 0
        : /^\d+\.\d+$/.test(m[1]!)
          ? 2
          : /^\d+$/.test(m[1]!)
            ? 1
            : /^[a-zđ]$/.test(m[1]!)
              ? 3
              : m[1] === '-'
                ? 4
                : 5;
    const text = m ? m[2]! : line;
    const numPr = level >= 0 ? `<w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr>` : '';
    body.push(`<w:p>${numPr}<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`);
  }
  flushTable();
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body.join('')}</w:body></w:document>`);
  zip.file('word/numbering.xml', NUMBERING);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('readDocx', () => {
  it('keeps the outline of Word numbering: the seed as such a .docx drafts like its text', async () => {
    const lines = seed.split('\n').map((l) => l.trim());
    const fromDocx = draftPlan(await readDocx(await docxFrom(lines)));
    const fromText = draftPlan(seed);
    const view = (d: typeof fromText) => d.tasks.map((t) => [t.section, t.lead, t.deadline?.due, t.phase]);
    expect(fromDocx.tasks.length).toBeGreaterThan(0);
    expect(view(fromDocx)).toEqual(view(fromText));
    expect(fromDocx.phases.map((p) => [p.code, p.start, p.end])).toEqual(fromText.phases.map((p) => [p.code, p.start, p.end]));
  });

  it('reads tables as pipe rows the drafter reads as an assignment table', async () => {
    const text = await readDocx(
      await docxFrom([
        'Số: 4/KH-UBND',
        'Long Hải, ngày 01 tháng 3 năm 2024',
        'KẾ HOẠCH',
        'Cải cách hành chính năm 2024',
        'I. NHIỆM VỤ',
        '| TT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |',
        '| 1 | Rà soát thủ tục hành chính | Sở Tư pháp | Quý II/2024 |',
      ]),
    );
    expect(text).toContain('| TT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |');
    expect(draftPlan(text).tasks[0]).toMatchObject({ lead: 'SO_TP', deadline: { due: '2024-06-30' } });
  });

  it('says in Vietnamese when the file is password-protected or not a .docx', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100)]);
    await expect(readDocx(ole)).rejects.toThrow(/mật khẩu/);
    await expect(readDocx(Buffer.from('không phải zip'))).rejects.toThrow(/không phải \.docx/);
  });

  it('repeats a cell merged down over a group of rows, as the printed table shows it', async () => {
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const cell = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${xmlText(text)}</w:t></w:r></w:p></w:tc>`;
    const table = `<w:tbl>${[
      row(cell('STT'), cell('Nhiệm vụ'), cell('Đơn vị chủ trì'), cell('Thời hạn')),
      row(cell('A'), cell('CÔNG TÁC TUYÊN TRUYỀN', '<w:gridSpan w:val="3"/>')),
      row(
        cell('1'),
        cell('Biên soạn tài liệu hỏi đáp về quy tắc ứng xử'),
        cell('Sở Văn hóa, Thể thao và Du lịch', '<w:vMerge w:val="restart"/>'),
        cell('Tháng 4/2027', '<w:vMerge w:val="restart"/>'),
      ),
      row(cell('2'), cell('Phát sóng chuyên mục về nếp sống văn minh'), cell('', '<w:vMerge/>'), cell('', '<w:vMerge w:val="continue"/>')),
      row(cell('3'), cell('Tổ chức hội thi tìm hiểu quy tắc ứng xử'), cell('Tỉnh đoàn'), cell('Tháng 8/2027')),
    ].join('')}</w:tbl>`;
    const paragraphs = ['Số: 3/KH-UBND', 'Vĩnh Yên, ngày 10 tháng 01 năm 2027', 'KẾ HOẠCH', 'Xây dựng nếp sống văn minh năm 2027']
      .map((t) => `<w:p><w:r><w:t>${xmlText(t)}</w:t></w:r></w:p>`)
      .join('');
    const zip = new JSZip();
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs}${table}</w:body></w:document>`);
    const text = await readDocx(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(text).toContain('| 2 | Phát sóng chuyên mục về nếp sống văn minh | Sở Văn hóa, Thể thao và Du lịch | Tháng 4/2027 |');
    const tasks = draftPlan(text).tasks.map((t) => [t.lead, t.deadline?.due]);
    expect(tasks).toEqual([
      ['SO_VHTTDL', '2027-04-30'],
      ['SO_VHTTDL', '2027-04-30'],
      ['TINH_DOAN', '2027-08-31'],
    ]);
  });

  it('reads a break inside a paragraph as a space and a text box once, not twice', async () => {
    const box = (text: string) =>
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const body = `${box('DỰ THẢO')}<w:p><w:r><w:t>Ủy ban nhân dân</w:t><w:br w:type="textWrapping"/><w:t>phường Tân Định</w:t></w:r></w:p>`;
    const zip = new JSZip();
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
    const text = await readDocx(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(text.match(/DỰ THẢO/g)).toHaveLength(1);
    expect(text).toContain('Ủy ban nhân dân phường Tân Định');
  });
});
