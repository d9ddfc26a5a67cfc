/**
 * A plan reaches the drafter wrapped in markup as often as plain: forwarded in an e-mail, every line behind "> "
 * (or "> > " twice forwarded), or exported from Google Docs or Word to Markdown ("### **1\. Sở …**", "\- Rà soát …",
 * struck-out text "~~trước ngày 30/4~~ trước ngày 15/5", comment anchors "[\[a\]](#cmnt1)" and the comments listed
 * at the end). The markup goes, the words stay: a struck-out passage is deleted text and goes with its marks; a
 * comment is a reviewer's remark, not the plan's.
 */
const QUOTE_MARKS = /^(?:\s{0,3}>[ \t]?)+/;
const HEADING_MARKS = /^\s{0,3}#{1,6}\s+/;
/** Markdown's backslash escapes of its own punctuation ("1\.", "\-", "\*") */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|~>])/g;
const STRUCK = /~~[^~\n]*~~\s?/g;
/** a comment anchor of a Docs export: "[\[a\]](#cmnt1)", "[[1]](#cmnt_ref1)" */
const COMMENT_ANCHOR = /\[\\?\[[^\]\\]{1,6}\\?\]\]\(#cmnt[^)]*\)/g;
const COMMENT_LINE = /^\s*\[\\?\[[^\]\\]{1,6}\\?\]\]\(#cmnt_ref[^)]*\)/;
/** an inline link keeps its words: "[Nghị định 30](https://…)" */
const LINK = /\[([^\]\n]+)\]\((?:https?:|mailto:|#)[^)\s]*\)/g;

export function withoutMarkup(lines: readonly string[]): string[] {
  const quoted = lines.filter((line) => QUOTE_MARKS.test(line)).length;
  // a lone "> " line in a plan is no forwarded mail; most lines behind one are
  const unquote = quoted >= 3 && quoted * 2 >= lines.filter((line) => line.trim() !== '').length;
  return lines
    .map((line) => (unquote ? line.replace(QUOTE_MARKS, '') : line))
    .filter((line) => !COMMENT_LINE.test(line))
    .map((line) => line.replace(HEADING_MARKS, '').replace(COMMENT_ANCHOR, '').replace(STRUCK, '').replace(LINK, '$1').replace(ESCAPED, '$1'));
}
