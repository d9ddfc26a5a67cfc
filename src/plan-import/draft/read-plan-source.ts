import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readDocx } from './read-docx.ts';

/** Text of a plan given as .txt/.md (UTF-8, BOM tolerated) or .docx (paragraphs as lines, with Word's numbering labels and tables as pipe rows). */
export async function readPlanSource(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') {
    return readDocx(await readFile(path));
  }
  if (ext === '.pdf') {
    throw new Error('Tệp PDF chưa đọc được trực tiếp; hãy mở bằng Word và lưu lại thành .docx, hoặc chép nội dung ra tệp .txt.');
  }
  if (ext === '.doc') throw new Error('Tệp .doc (Word cũ) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc .txt.');
  const text = await readFile(path, 'utf8');
  return text.replace(/^\uFEFF/, '');
}
