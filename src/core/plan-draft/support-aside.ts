/**
 * "Phòng Nghiệp vụ Y, phối hợp với Văn phòng Sở, tham mưu …": the support set off by commas between the subject and its
 * action. Read alone the subject is followed by a comma, not by its action, and the item fell back to the issuer.
 * Returns the offset where the action starts, or undefined when `after` (the text right after the subject) is no such aside.
 */
export function afterSupportAside(after: string, chainStarts: readonly { start: number; end: number }[], offset: number): number | undefined {
  const open = /^\s*,\s*(?:cùng\s+)?phối hợp(?:\s+chặt chẽ)?\s+với\s+/u.exec(after);
  if (!open) return undefined;
  // the supporting units, one chain of names ("Văn phòng Sở, Thanh tra Sở"), then a comma and the action in lower case
  const support = chainStarts.find((c) => c.start === offset + open[0].length);
  if (!support) return undefined;
  const close = /^\s*,\s*(?=\p{Ll})/u.exec(after.slice(support.end - offset));
  return close ? support.end + close[0].length : undefined;
}
