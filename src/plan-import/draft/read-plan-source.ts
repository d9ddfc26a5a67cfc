import { basename, extname } from 'node:path';
import { checkDocumentText, describeDocumentError, readDocxFile, readPdfFile, readTextDocument } from '../read-document-file.ts';
import { readDocx } from './read-docx.ts';
import { readPdf } from './read-pdf.ts';

/**
 * Text of a plan given as .txt/.md (UTF-8, BOM tolerated; see read-document-file.ts), .pdf with a text layer (read-pdf.ts) or .docx (paragraphs
 * as lines, with Word's numbering labels and tables as pipe rows). Every file passes the document gate
 * (size, packed and unpacked limits, encoding) before it is read.
 */
export async function readPlanSource(path: string): Promise<string> {
  return checkDocumentText(await extractText(path), path);
}

async function extractText(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') {
    const bytes = await readDocxFile(path);
    return readDocx(bytes).catch((error: unknown) => {
      throw describeDocumentError(error, path);
    });
  }
  if (ext === '.pdf') {
    const bytes = await readPdfFile(path);
    return readPdf(bytes, basename(path)).catch((error: unknown) => {
      throw describeDocumentError(error, path);
    });
  }
  if (ext === '.doc') throw new Error('Tệp .doc (Word cũ) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc .txt.');
  return readTextDocument(path);
}
