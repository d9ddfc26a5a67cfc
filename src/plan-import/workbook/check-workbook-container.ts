/** A plan workbook larger than this is refused before it is opened. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;
/** Refused when the zip's parts would unpack to more than this (a zip bomb), before anything is unpacked. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export type ContainerCheck = { ok: true } | { ok: false; message: string; messageEn: string };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * Is this an .xlsx (a zip) that is safe to open? A password-protected workbook is an OLE compound
 * file, as is an old .xls; anything else is not a workbook. The zip's directory tells the unpacked
 * size of every part without unpacking.
 */
export function checkWorkbookContainer(bytes: Buffer): ContainerCheck {
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    return { ok: false, message: `tệp quá lớn; tệp kế hoạch .xlsx tối đa ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB.`, messageEn: 'the file is too large.' };
  }
  if (bytes.length === 0) {
    return {
      ok: false,
      message: 'tệp trống (0 byte), không có nội dung để đọc. Có thể tệp chưa được lưu xong hoặc gửi bị lỗi: hãy mở lại tệp trong Excel, lưu rồi gửi lại.',
      messageEn: 'the file is empty (0 bytes).',
    };
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    return {
      ok: false,
      message:
        'tệp được đặt mật khẩu (mã hóa) hoặc là tệp Excel 97-2003 (.xls), bot không mở được. Hãy bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) và lưu lại dạng .xlsx.',
      messageEn: 'the workbook is password-protected (encrypted) or an old .xls file. Remove the password and save it as .xlsx.',
    };
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    return {
      ok: false,
      message: 'tệp không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dạng .xlsx.',
      messageEn: 'the file is not an Excel workbook (.xlsx).',
    };
  }
  const unpacked = unpackedSize(bytes);
  if (unpacked === undefined) {
    return {
      ok: false,
      message: 'tệp .xlsx bị hỏng (không đọc được mục lục của tệp nén). Hãy mở bằng Excel và lưu lại.',
      messageEn: 'the .xlsx file is damaged (no zip directory).',
    };
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    return {
      ok: false,
      message: `tệp .xlsx giải nén ra quá lớn (hơn ${MAX_UNPACKED_BYTES / 1024 / 1024} MB), không phải một kế hoạch bình thường; bot không mở.`,
      messageEn: 'the .xlsx file unpacks to too much data; refused.',
    };
  }
  return { ok: true };
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

/** Sum of the unpacked sizes in the zip's central directory; undefined when there is no readable directory. */
function unpackedSize(bytes: Buffer): number | undefined {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return undefined;
    const size = bytes.readUInt32LE(offset + 24);
    // 0xFFFFFFFF means the size is in a ZIP64 record: more than 4 GB, far beyond any plan
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return total;
}
