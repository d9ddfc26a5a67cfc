import JSZip from 'jszip';
import { decodeXml, numberingCounter, parseNumbering } from './docx-numbering.ts';

/** Largest document part read, uncompressed: a larger one is no plan (or a zip bomb). */
const MAX_PART_BYTES = 20 * 1024 * 1024;

/**
 * Text of a .docx as the drafter reads it: one line per paragraph with the label Word's automatic
 * numbering shows ("II. …", "2.1. …", "a) …", "- …"), tables as pipe rows ("| TT | Nội dung | … |").
 * Throws an Error with a Vietnamese message for a file that is not a readable .docx.
 */
export async function readDocx(data: Buffer): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new Error(
      data.subarray(0, 4).toString('hex') === 'd0cf11e0'
        ? 'tệp được bảo vệ bằng mật khẩu hoặc là Word cũ (.doc); hãy bỏ mật khẩu và lưu lại thành .docx.'
        : 'tệp không phải .docx hợp lệ (không mở được).',
    );
  }
  const documentXml = await readPart(zip, 'word/document.xml');
  if (documentXml === undefined) throw new Error('tệp .docx không có phần nội dung (word/document.xml).');
  // A document part cut short (a damaged file) would read as an empty plan; say it is damaged instead.
  if (!/<\/w:body>\s*<\/w:document>\s*$/.test(documentXml)) throw new Error('phần nội dung (word/document.xml) không trọn vẹn.');
  const numbering = parseNumbering(await readPart(zip, 'word/numbering.xml'));
  const styleNumbering = readStyleNumbering(await readPart(zip, 'word/styles.xml'));
  const label = numberingCounter(numbering);
  // A text box or shape is stored twice (mc:Choice and an old-Word mc:Fallback copy): read it once.
  const body = (/<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? documentXml).replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '');
  const lines: string[] = [];
  for (const m of body.matchAll(/<w:tbl[\s>][\s\S]*?<\/w:tbl>|<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const xml = m[0];
    if (xml.startsWith('<w:tbl')) {
      lines.push(...tableRows(xml), '');
      continue;
    }
    const text = paragraphText(xml);
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(xml)?.[1];
    const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1];
    const numId = (numPr && /<w:numId w:val="(\d+)"/.exec(numPr)?.[1]) ?? (style ? styleNumbering.get(style)?.numId : undefined);
    const ilvl = Number((numPr && /<w:ilvl w:val="(\d+)"/.exec(numPr)?.[1]) ?? (style ? styleNumbering.get(style)?.ilvl : undefined) ?? 0);
    const prefix = numId && numId !== '0' && text.trim() !== '' ? label(numId, ilvl) : '';
    // a blank line between paragraphs, as Word prints them apart
    lines.push(prefix ? `${prefix} ${text.trim()}` : text, '');
  }
  return lines.join('\n');
}

async function readPart(zip: JSZip, name: string): Promise<string | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  const data = await file.async('uint8array');
  if (data.length > MAX_PART_BYTES) throw new Error('tệp .docx quá lớn để là một kế hoạch.');
  return new TextDecoder('utf-8').decode(data);
}

function paragraphText(xml: string): string {
  let out = '';
  // a line or page break and a tab read as a space; Word's non-breaking hyphen is a hyphen
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\b[^>]*\/>|<w:cr\/>|<w:noBreakHyphen\/>/g)) {
    out += m[1] !== undefined ? decodeXml(m[1]) : m[0] === '<w:noBreakHyphen/>' ? '-' : ' ';
  }
  return out;
}

/**
 * Table rows as pipe rows. A cell merged down (`<w:vMerge/>`) repeats the text of the cell it continues, as the reader
 * of the printed table sees it: appendices merge one lead or one deadline over a group of rows.
 */
function tableRows(xml: string): string[] {
  const rows: string[] = [];
  const above = new Map<number, string>();
  for (const row of xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)) {
    const cells: string[] = [];
    let column = 0;
    for (const cell of row[0].matchAll(/<w:tc[\s>][\s\S]*?<\/w:tc>/g)) {
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(cell[0])?.[1] ?? '1');
      const merge = /<w:vMerge(?:\s+w:val="(\w+)")?\s*\/>/.exec(cell[0]);
      let text = [...cell[0].matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)]
        .map((p) => paragraphText(p[0]).trim())
        .filter((t) => t !== '')
        .join(' ')
        .replace(/\|/g, '/');
      if (merge && merge[1] !== 'restart') text = above.get(column) ?? text;
      else above.set(column, text);
      cells.push(text);
      column += span;
    }
    rows.push(`| ${cells.join(' | ')} |`);
    if (rows.length === 1) rows.push(`|${cells.map(() => '---').join('|')}|`);
  }
  return rows;
}

/** Paragraph styles that carry numbering themselves (a "Heading 2" numbered by the style). */
function readStyleNumbering(xml: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numId = /<w:numId w:val="(\d+)"/.exec(m[2]!)?.[1];
    if (numId) out.set(m[1]!, { numId, ilvl: Number(/<w:ilvl w:val="(\d+)"/.exec(m[2]!)?.[1] ?? '0') });
  }
  return out;
}
