import { foldVietnamese } from '../text/fold.ts';

/**
 * A table header that spans two rows ("| TT | Nội dung | Cơ quan thực hiện | | Thời gian | | Sản phẩm |" over
 * "| | | Chủ trì | Phối hợp | Bắt đầu | Hoàn thành | |"): the second row names the columns the first row's merged cells
 * cover. Its cells stand in for the first row's where they are given, so "Chủ trì" is the lead, "Phối hợp" the support
 * and "Hoàn thành" the time, never "Bắt đầu". The rows come back with the two header rows made one; unchanged when the
 * row after the header is no such row.
 */
export function mergeTwoRowHeader(cells: readonly string[][], headerAt: number): string[][] {
  const header = cells[headerAt];
  const sub = cells[headerAt + 1];
  if (!header || !sub || !isSubHeader(header, sub)) return [...cells];
  const merged = header.map((cell, i) => (sub[i] ? sub[i]! : cell));
  return [...cells.slice(0, headerAt), merged, ...cells.slice(headerAt + 2)];
}

/**
 * The row under a header is its second row when it has an empty cell under a first-row label, a label under a first-row
 * cell that is empty (merged into the one before it), and nothing but short role and time labels.
 */
function isSubHeader(header: readonly string[], sub: readonly string[]): boolean {
  const given = sub.map((c, i) => [foldVietnamese(c), i] as const).filter(([c]) => c !== '');
  if (given.length < 2) return false;
  if (!given.every(([c]) => SUB_LABEL.test(c))) return false;
  const underMerged = given.some(([, i]) => i > 0 && (header[i] ?? '') === '');
  const emptyUnderLabel = sub.some((c, i) => c === '' && (header[i] ?? '') !== '');
  return underMerged && emptyUnderLabel;
}

const SUB_LABEL =
  /^(?:(?:co quan|don vi) )?(?:chu tri|phoi hop|tham gia|dau moi|thuc hien)$|^(?:thoi gian |ngay |thoi han )?(?:bat dau|khoi cong|hoan thanh|ket thuc|tu|den|tu ngay|den ngay|trien khai)$/;
