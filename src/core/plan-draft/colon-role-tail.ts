/**
 * A duty that names its units after a colon at its end: "Tham mưu bố trí kinh phí …: Sở Tài chính chủ trì, Sở Y tế phối hợp;
 * trước ngày …", "Kiểm tra …: Sở Y tế và Sở Giáo dục và Đào tạo đồng chủ trì; quý III/…". The units right after the colon (or
 * the semicolon that follows it) before "chủ trì", "đồng chủ trì" or "thực hiện" lead, even when the duty itself opens with a
 * word that otherwise leaves the subject to the heading ("Tham mưu …", "Phối hợp …"). The duty is the text before the colon.
 */
export function byColonRoleTail<C extends { start: number; end: number }>(text: string, chains: readonly C[]): C | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  for (const chain of chains) {
    if (chain.start <= colon || !/^\s*$/u.test(text.slice(colon + 1, chain.start))) continue;
    return TAIL_ROLE.test(text.slice(chain.end)) ? chain : undefined;
  }
  return undefined;
}

const TAIL_ROLE = /^\s*(?:đồng\s+)?(?:chủ trì|thực hiện)(?=[\s,;.]|$)/u;
