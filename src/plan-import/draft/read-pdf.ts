/**
 * Text of a PDF as the drafter reads it: one line per printed line (text runs grouped by their
 * baseline, left to right), pages in order, with the running header or footer repeated on most pages
 * and bare page numbers ("- 3 -", "Trang 3/12") dropped; the lines of a justified paragraph are joined. A PDF with no text layer (a scan) or a
 * password gets a Vietnamese message (DocumentFileError); the caller wraps other failures.
 */
import { DocumentFileError } from '../read-document-file.ts';
import { type PrintedLine, unfoldColumns } from './pdf-columns.ts';
import { linesOf, type PlacedRun as TextRun } from './pdf-lines.ts';
import { rulesOf } from './pdf-rules.ts';
import { joinTablesAcrossPages, tablesOf } from './pdf-tables.ts';

/** a page whose lines hold fewer letters than this has no usable text layer */
const MIN_LETTERS_PER_PAGE = 20;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–—])?$/iu;

export async function readPdf(data: Buffer, name: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let pages: string[][];
  try {
    const doc = await task.promise;
    pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        runs.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: Math.abs(item.transform[3]) || item.height });
      }
      const operators = await page.getOperatorList();
      const tables = tablesOf(runs, rulesOf(operators.fnArray, operators.argsArray, pdfjs.OPS)).sort((a, b) => b.top - a.top);
      // the text around tables reads as before; each table stands where it is printed, as pipe rows
      const free = linesOf(runs.filter((run) => !tables.some((t) => t.runs.has(run))));
      const lines: PrintedLine[] = [];
      for (const table of tables) {
        while (free.length > 0 && (free[0]!.y ?? 0) > table.top) lines.push(free.shift()!);
        lines.push(...table.rows.map((row): PrintedLine => ({ text: row, left: 0, right: 0, segments: [], y: table.top, table: true })));
      }
      pages.push(paragraphsOf(unfoldColumns([...lines, ...free], page.view[2] ?? 595)));
      page.cleanup();
    }
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') {
      throw new DocumentFileError(
        `Tệp "${name}" được đặt mật khẩu nên không đọc được. Hãy mở tệp, bỏ mật khẩu rồi lưu lại (hoặc lưu thành .docx).`,
        `${name} is password-protected`,
      );
    }
    throw error;
  } finally {
    await task.destroy();
  }
  const letters = pages.reduce((sum, lines) => sum + lines.join('').replace(/[^\p{L}]/gu, '').length, 0);
  if (pages.length === 0 || letters < MIN_LETTERS_PER_PAGE * Math.min(pages.length, 3)) {
    throw new DocumentFileError(
      `Tệp "${name}" là PDF không có lớp chữ (có vẻ là bản quét hoặc ảnh chụp), nên không đọc được nội dung và không soạn gì. ` +
        'Hãy gửi bản .docx, hoặc PDF xuất trực tiếp từ Word, hoặc nhận dạng chữ (OCR) trước rồi gửi lại.',
      `${name} is a PDF with no text layer (a scan?); nothing was read`,
    );
  }
  return joinTablesAcrossPages(dropRunningLines(pages)).join('\n');
}

const LIST_START = /^(?:[-–+•*]|[a-zđ]\)|(?:\d{1,2}\.)+\d{0,2}\s|[IVX]{1,4}\.\s|Điều\s+\d)/u;

/**
 * Lines of one paragraph, justified to the right margin, join back into one line: a line that runs to
 * (nearly) the widest line's right edge continues into the next line when that one starts at the
 * left margin (not indented as a new paragraph) and is no list item.
 */
function paragraphsOf(lines: PrintedLine[]): string[] {
  const text = lines.filter((l) => !l.table);
  if (text.length === 0) return lines.map((l) => l.text);
  const margin = Math.min(...text.map((l) => l.left));
  const widest = Math.max(...text.map((l) => l.right));
  const full = margin + (widest - margin) * 0.85;
  const out: string[] = [];
  let previous: PrintedLine | undefined;
  for (const line of lines) {
    // a line set far in (a right column, a centred title) is no justified paragraph line
    const continues =
      previous !== undefined &&
      !previous.table &&
      !line.table &&
      previous.right >= full &&
      previous.left < margin + (widest - margin) * 0.3 &&
      line.left <= margin + 2 &&
      !LIST_START.test(line.text) &&
      !PAGE_NUMBER.test(line.text);
    if (continues) out[out.length - 1] = `${out[out.length - 1]} ${line.text}`;
    else out.push(line.text);
    previous = line;
  }
  return out;
}

/**
 * Page furniture: bare page numbers, and a first or last line that recurs on at least half the
 * pages after the first (twice or more) — a running header such as the issuer's name or the document number.
 */
function dropRunningLines(pages: string[][]): string[][] {
  const edgeCounts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((l) => l.replace(/\d+/g, '#')));
    for (const edge of edges) edgeCounts.set(edge, (edgeCounts.get(edge) ?? 0) + 1);
  }
  const running = (line: string) => {
    const count = edgeCounts.get(line.replace(/\d+/g, '#')) ?? 0;
    return pages.length >= 3 && count >= Math.max(2, (pages.length - 1) / 2);
  };
  return pages.map((lines, p) =>
    lines.filter((line, i) => {
      const atEdge = i < 2 || i >= lines.length - 2;
      return !(atEdge && (PAGE_NUMBER.test(line) || (p > 0 && running(line))));
    }),
  );
}
