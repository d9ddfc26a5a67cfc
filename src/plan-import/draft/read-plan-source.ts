import { extname } from 'node:path';
import mammoth from 'mammoth';
import { describeDocumentError, readDocxFile, readTextDocument } from '../read-document-file.ts';

/** Text of a plan given as .txt/.md (UTF-8, BOM tolerated; see read-document-file.ts) or .docx (paragraphs as lines). */
export async function readPlanSource(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') {
    const buffer = await readDocxFile(path);
    const result = await mammoth.extractRawText({ buffer }).catch((error: unknown) => {
      throw describeDocumentError(error, path);
    });
    return result.value;
  }
  if (ext === '.doc') throw new Error('Tệp .doc (Word cũ) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc .txt.');
  return readTextDocument(path);
}
