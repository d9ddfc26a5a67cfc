import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** word/document.xml of a .docx and its paragraphs' text (runs joined; no-break spaces read as spaces, as a reader sees them). */
export async function readDocx(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1])
      .join('')
      .replace(/\u00A0/g, ' '),
  );
  const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  const headers: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n))) headers.push((await zip.file(name)?.async('string')) ?? '');
  return { xml, paragraphs, sections, headers };
}

/** An attribute of the first element named `tag` in `xml` (w:w of w:pgSz …). */
export function attr(xml: string, tag: string, name: string): string | null {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0] ?? '';
  return new RegExp(`${name}="([^"]*)"`).exec(element)?.[1] ?? null;
}

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}
