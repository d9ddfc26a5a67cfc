import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { countText, DOCUMENT_LIMITS, megabytesText } from '../core/plan/document-limits.ts';

/**
 * The one gate every plan and document file passes before a parser sees it: size limits, text
 * encoding (UTF-8 only, BOM tolerated; UTF-16 with a BOM decoded), and for .docx the zip's central
 * directory read and checked before anything is unpacked. Failures are DocumentFileError with a
 * Vietnamese message that says what is wrong and what to do.
 */

const MB = 1024 * 1024;
export const FILE_LIMITS = {
  /** a plan file (YAML) or a plan's text (.txt/.md) */
  textBytes: DOCUMENT_LIMITS.textFileBytes,
  /** a .docx as sent */
  docxPackedBytes: DOCUMENT_LIMITS.fileBytes,
  /** everything inside a .docx once unpacked */
  docxUnpackedBytes: 100 * MB,
  /** a Word file has a few dozen parts; thousands means something else */
  docxEntries: 5_000,
  /** a PDF as sent (text PDFs of plans are well under this; scans with many pages are not read anyway) */
  pdfBytes: DOCUMENT_LIMITS.fileBytes,
  /** the text read out of a .docx, .pdf or .txt, whatever its file's size (a small .docx can hold megabytes of text) */
  documentTextChars: DOCUMENT_LIMITS.textChars,
} as const;

export class DocumentFileError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'DocumentFileError';
  }
}

/** The text of any document before it is drafted: one limit, whatever the format it came in. */
export function checkDocumentText(text: string, name: string): string {
  if (text.length <= FILE_LIMITS.documentTextChars) return text;
  throw new DocumentFileError(
    `Văn bản trong tệp "${basename(name)}" dài ${countText(text.length)} ký tự, quá giới hạn ${countText(FILE_LIMITS.documentTextChars)} ký tự (khoảng 60 trang) của một kế hoạch, nên bot không soạn bản nháp. ` +
      'Tệp có thể gộp nhiều văn bản hoặc lặp lại nội dung: hãy gửi riêng văn bản kế hoạch (bỏ phụ lục dài nếu không có nhiệm vụ).',
    `The text in ${basename(name)} is ${text.length} characters long, over the ${FILE_LIMITS.documentTextChars}-character limit for a plan; nothing was drafted. Send the plan on its own.`,
  );
}

function checkSize(size: number, limit: number, kind: string, name: string): void {
  if (size <= limit) return;
  throw new DocumentFileError(
    `Tệp "${basename(name)}" quá lớn (${megabytesText(size)}); ${kind} tối đa ${megabytesText(limit)}. Hãy kiểm tra lại có đúng tệp không.`,
    `${name} is too large (${size} bytes); a ${kind} may be at most ${limit} bytes`,
  );
}

/** A file of 0 bytes holds nothing to read: say that, not that its format is wrong. */
function checkNotEmpty(size: number, name: string): void {
  if (size > 0) return;
  throw new DocumentFileError(emptyFileMessage(basename(name)), `${basename(name)} is empty (0 bytes)`);
}

/** The words for an empty file, shared with the workbook reader. */
export function emptyFileMessage(name: string): string {
  return `Tệp "${name}" trống (0 byte), không có nội dung để đọc. Có thể tệp chưa được lưu xong hoặc gửi bị lỗi: hãy mở lại tệp, lưu rồi gửi lại.`;
}

async function readLimited(path: string, limit: number, kind: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DocumentFileError(`"${basename(path)}" không phải là một tệp.`, `${path} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof DocumentFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DocumentFileError(`không tìm thấy tệp ${path}.`, `file not found: ${path}`);
    throw new DocumentFileError(`không đọc được tệp ${path} (${code ?? 'lỗi hệ thống'}).`, `cannot read ${path}: ${(error as Error).message}`);
  }
  checkSize(size, limit, kind, path);
  const handle = await open(path, 'r');
  try {
    // read at most limit + 1 bytes: a file that grew after stat() is still refused
    const buffer = Buffer.alloc(Math.min(size, limit) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > limit) throw new DocumentFileError(`Tệp "${basename(path)}" quá lớn; ${kind} tối đa ${megabytesText(limit)}.`, `${path} is too large`);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The likely encoding of bytes that are not UTF-8, for the message only. */
function guessEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 4096);
  let zeroesEven = 0;
  let zeroesOdd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? zeroesEven++ : zeroesOdd++;
  if (zeroesEven + zeroesOdd > sample.length / 8) return 'UTF-16 (không có BOM)';
  return 'Windows-1258, TCVN3 (ABC) hoặc Latin-1';
}

/** Text bytes → string: UTF-8 (BOM removed) or UTF-16 with its BOM; anything else is refused, never guessed. */
export function decodeTextBytes(bytes: Uint8Array, fileName: string): string {
  const name = basename(fileName);
  const fatal = (encoding: string, body: Uint8Array) => new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return fatal('utf-16le', bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return fatal('utf-16be', bytes.subarray(2));
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const text = fatal('utf-8', bom ? bytes.subarray(3) : bytes);
    const nul = text.indexOf('\u0000');
    if (nul === -1) return text;
    // a stray NUL in UTF-8 text (a binary file, or UTF-16 without its BOM, which is full of them)
    if (!guessEncoding(bytes).startsWith('UTF-16')) {
      const line = text.slice(0, nul).split('\n').length;
      throw new DocumentFileError(
        `Tệp "${name}" có ký tự NUL (byte 0) ở dòng ${line}: đây không phải văn bản thuần. Hãy mở tệp, xóa ký tự lạ ở dòng đó hoặc lưu lại thành văn bản UTF-8, rồi thử lại.`,
        `${name} contains a NUL byte on line ${line}; it is not plain text`,
      );
    }
    throw new TypeError('UTF-16 without a BOM');
  } catch (error) {
    if (error instanceof DocumentFileError) throw error;
    const guess = guessEncoding(bytes);
    throw new DocumentFileError(
      `Tệp "${name}" không phải văn bản UTF-8 (có vẻ là bảng mã ${guess}), nên chưa đọc và không nhập gì. ` +
        'Hãy mở tệp và lưu lại với bảng mã UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8; Word: Lưu thành… → Văn bản thuần → Unicode (UTF-8)), rồi thử lại.',
      `${name} is not UTF-8 text (it looks like ${guess.replace('không có', 'without')}); nothing was read. Save it as UTF-8 and try again.`,
    );
  }
}

/** A plan file (YAML) or a plan's text (.txt/.md): at most 2 MB, decoded as above. */
export async function readTextDocument(path: string): Promise<string> {
  return decodeTextBytes(await readLimited(path, FILE_LIMITS.textBytes, 'tệp văn bản'), path);
}

/** A plan file or a plan's text already in memory (a file sent in chat): the same limit and decoding. */
export function decodeTextDocument(bytes: Uint8Array, name: string): string {
  checkNotEmpty(bytes.length, name);
  checkSize(bytes.length, FILE_LIMITS.textBytes, 'tệp văn bản', name);
  const text = decodeTextBytes(bytes, name);
  // Only spaces and blank lines: as empty as 0 bytes, whatever the drafter would list as missing.
  if (text.trim() === '') throw new DocumentFileError(blankFileMessage(basename(name)), `${basename(name)} holds only blank lines`);
  return text;
}

function blankFileMessage(name: string): string {
  return `Tệp "${name}" chỉ có dòng trống, không có chữ nào để đọc. Hãy mở lại tệp, kiểm tra đúng tệp kế hoạch rồi gửi lại.`;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function notDocx(name: string, why: string, whyEn: string): DocumentFileError {
  return new DocumentFileError(
    `Tệp "${name}" không đọc được như một tệp Word .docx: ${why}. Hãy mở tệp trong Word và lưu lại thành "Tài liệu Word (.docx)", rồi thử lại.`,
    `${name} cannot be read as a Word .docx: ${whyEn}`,
  );
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The zip's own table of contents (end of central directory + central directory), ZIP64 included. */
function readCentralDirectory(zip: Buffer, name: string): ZipEntry[] {
  const broken = (why: string) => notDocx(name, `tệp nén bị hỏng (${why})`, `the zip is damaged (${why})`);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw broken('không thấy mục lục của tệp nén');
  let count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || zip.readUInt32LE(locator) !== 0x07064b50) throw broken('mục lục ZIP64 không hợp lệ');
    const zip64 = Number(zip.readBigUInt64LE(locator + 8));
    if (zip64 + 56 > zip.length || zip.readUInt32LE(zip64) !== 0x06064b50) throw broken('mục lục ZIP64 không hợp lệ');
    count = Number(zip.readBigUInt64LE(zip64 + 32));
    offset = Number(zip.readBigUInt64LE(zip64 + 48));
  }
  if (count > FILE_LIMITS.docxEntries) throw notDocx(name, `có ${count} phần bên trong, quá nhiều cho một văn bản Word`, `${count} entries`);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw broken('mục lục không khớp nội dung');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    let compressedSize = zip.readUInt32LE(at + 20);
    let uncompressedSize = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    let localHeaderOffset = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    // ZIP64 extra field: the 64-bit values of the fields set to 0xFFFFFFFF, in this order
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd && extraEnd <= zip.length) {
      const id = zip.readUInt16LE(extra);
      const size = zip.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const next = (): number | null => {
          if (field + 8 > extraEnd) return null;
          field += 8;
          return Number(zip.readBigUInt64LE(field - 8));
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next() ?? uncompressedSize;
        if (compressedSize === 0xffffffff) compressedSize = next() ?? compressedSize;
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next() ?? localHeaderOffset;
      }
      extra += 4 + size;
    }
    if (flags & 0x1) {
      throw new DocumentFileError(
        `Tệp "${name}" được đặt mật khẩu nên không đọc được. Hãy mở trong Word, bỏ mật khẩu rồi lưu lại thành .docx.`,
        `${name} is password-protected`,
      );
    }
    entries.push({ name: entryName, method, compressedSize, uncompressedSize, localHeaderOffset });
    at = extraEnd + commentLength;
  }
  return entries;
}

/**
 * Each part inflated once with a hard cap at the size the directory declares and the output
 * dropped: a zip whose directory understates its contents is refused before any parser unpacks it.
 */
function verifyDeclaredSizes(zip: Buffer, entries: readonly ZipEntry[], name: string): void {
  for (const entry of entries) {
    const local = entry.localHeaderOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw notDocx(name, 'tệp nén bị hỏng', 'damaged local header');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) throw notDocx(name, 'tệp nén bị cắt cụt', 'truncated');
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw notDocx(name, 'tệp nén bị hỏng', 'stored size mismatch');
      continue;
    }
    if (entry.method !== 8) throw notDocx(name, `kiểu nén ${entry.method} không được hỗ trợ`, `compression method ${entry.method}`);
    let size: number;
    try {
      size = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }).length;
    } catch {
      throw notDocx(
        name,
        `phần "${entry.name}" bung ra lớn hơn mục lục khai báo hoặc bị hỏng`,
        `entry ${entry.name} inflates beyond its declared size or is damaged`,
      );
    }
    if (size !== entry.uncompressedSize) throw notDocx(name, `phần "${entry.name}" không khớp kích thước khai báo`, `entry ${entry.name} size mismatch`);
  }
}

/**
 * A .docx's bytes, safe to hand to a parser: ≤ 20 MB as sent, ≤ 100 MB unpacked by its central
 * directory (checked before unpacking), not password-protected or an old .doc renamed.
 */
export async function readDocxFile(path: string): Promise<Buffer> {
  return checkDocxBytes(await readLimited(path, FILE_LIMITS.docxPackedBytes, 'tệp .docx'), basename(path));
}

/** The same checks on a .docx already in memory (a file sent in chat). */
export function checkDocxBytes(zip: Buffer, name: string): Buffer {
  checkSize(zip.length, FILE_LIMITS.docxPackedBytes, 'tệp .docx', name);
  checkNotEmpty(zip.length, name);
  if (OLE_MAGIC.every((byte, i) => zip[i] === byte)) {
    throw new DocumentFileError(
      `Tệp "${name}" được đặt mật khẩu (hoặc là tệp Word cũ .doc đổi đuôi) nên không đọc được. ` +
        'Hãy mở trong Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu → để trống) và lưu lại thành .docx.',
      `${name} is password-protected or an old .doc renamed (an OLE file, not a zip)`,
    );
  }
  if (zip.length < 4 || zip.readUInt32LE(0) !== 0x04034b50) throw notDocx(name, 'đây không phải tệp nén của Word', 'not a zip file');
  const entries = readCentralDirectory(zip, name);
  const unpacked = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (unpacked > FILE_LIMITS.docxUnpackedBytes) {
    throw new DocumentFileError(
      `Tệp "${name}" khi giải nén sẽ chiếm ${megabytesText(unpacked)}, quá giới hạn ${megabytesText(FILE_LIMITS.docxUnpackedBytes)} cho một văn bản kế hoạch; không giải nén. ` +
        'Hãy kiểm tra lại có đúng tệp không (ảnh lớn trong văn bản có thể xóa bớt).',
      `${name} would unpack to ${unpacked} bytes, over the ${FILE_LIMITS.docxUnpackedBytes}-byte limit; not unpacked`,
    );
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml'))
    throw notDocx(name, 'không có nội dung văn bản (word/document.xml)', 'no word/document.xml');
  verifyDeclaredSizes(zip, entries, name);
  return zip;
}

/** A PDF's bytes, safe to hand to the PDF reader: ≤ 20 MB and starting as a PDF does. */
export async function readPdfFile(path: string): Promise<Buffer> {
  return checkPdfBytes(await readLimited(path, FILE_LIMITS.pdfBytes, 'tệp PDF'), basename(path));
}

/** The same checks on a PDF already in memory (a file sent in chat). */
export function checkPdfBytes(bytes: Buffer, name: string): Buffer {
  checkSize(bytes.length, FILE_LIMITS.pdfBytes, 'tệp PDF', name);
  checkNotEmpty(bytes.length, name);
  if (!bytes.subarray(0, 1024).toString('latin1').includes('%PDF-')) {
    throw new DocumentFileError(
      `Tệp "${name}" không phải tệp PDF (không có phần đầu %PDF). Hãy kiểm tra lại đúng tệp, hoặc gửi bản .docx hay .txt.`,
      `${name} is not a PDF (no %PDF header)`,
    );
  }
  return bytes;
}

/** A parser's own error (the zip reader, the document XML, yaml) as a Vietnamese message with the cause kept. */
export function describeDocumentError(error: unknown, path: string): DocumentFileError {
  if (error instanceof DocumentFileError) return error;
  const cause = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  const short = cause.length > 200 ? `${cause.slice(0, 200)}…` : cause;
  return new DocumentFileError(
    `Không đọc được nội dung tệp "${basename(path)}": tệp bị hỏng hoặc không đúng định dạng (chi tiết: ${short}). Hãy mở tệp và lưu lại rồi thử lại.`,
    `cannot read ${path}: ${short}`,
  );
}
