import { foldConditionLists } from './condition-list.ts';

/**
 * The numbered structure of a Vietnamese administrative document: Roman sections (I., II.),
 * numbered sections (1., 2.1.), lettered items (a), b.), dash items (-) and plus items (+).
 * Nesting follows the conventional order of those markers, so a skipped level still nests right.
 */
export type OutlineKind = 'article' | 'roman' | 'numbered' | 'letter' | 'dash' | 'plus' | 'paragraph';

export interface OutlineNode {
  kind: OutlineKind;
  /** "II", "2.1", "a", "-", "+", "" */
  label: string;
  /** the line without its marker */
  text: string;
  /** the full line as written */
  line: string;
  lineNumber: number;
  parent?: OutlineNode;
  children: OutlineNode[];
}

const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]\s*(.*)$/u;
/** "Thứ nhất, …", "Thứ hai, …": a numbered item written in words. */
const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const ORDINAL = new RegExp(`^Thứ\\s+(${ORDINALS.join('|')})\\s*[,:.]\\s*(\\S.*)$`, 'iu');
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const ROMAN = /^(?:(?:PHẦN|Phần)\s+)?([IVX]{1,5})\s*[./:\-–]\s*(\S.*)$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$|^(\d{1,2})[.)]\s+(\S.*)$/;
/**
 * "Giai đoạn 1: Từ ngày 10/3 đến ngày 10/4/2025", "Giai đoạn 2 (tháng 6/2025)", "Bước 2 - Luyện tập (từ … đến …)" alone on its line:
 * a heading over the items after it
 */
/** a bracket closing the line that holds the phase's dates */
const CLOSING_SPAN = /\([^()]*\d{1,2}\/\d{1,2}\/\d{4}[^()]*\)\s*:?\s*$/u;
const PHASE_HEADING = /^(Giai đoạn|GIAI ĐOẠN|Bước|BƯỚC)\s+(\d{1,2}|[IVX]{1,4})\s*(?:[:(–-]|$)(?![^.;]*[.;]\s+\p{Lu})/u;
/**
 * "THỜI KỲ THỨ NHẤT - TRƯỚC MÙA MƯA BÃO (từ 15/4/2023 đến 31/5/2023)", "Học kỳ II (từ … đến …)", "ĐỢT 1: RA QUÂN (từ … đến
 * …)", and a period named without an ordinal, "THỜI KỲ CHUẨN BỊ (từ ngày 05/10 đến ngày 24/10/2027)", alone on its line: a
 * period of the plan, its span closing the line or followed by its name after a dash ("Tuần 1 (từ ngày 01/3 đến ngày 07/3/2027) -
 * Tuần "Ra quân""), heads the items after it as a phase heading does
 */
const PERIOD_HEADING =
  /^(?:Thời kỳ|Học kỳ|Đợt|Tuần)\s+(?:(thứ\s+(?:nhất|hai|ba|tư|năm|sáu)|[IVX]{1,4}|\d{1,2})(?=[\s:–-])|(?=\p{L}))[^()\d]{0,80}\((?=[^()]*(?:từ|đến|ngày|tháng|quý))[^()]*\d[^()]*\)(?:\s+[-–]\s+[^()\d.;:]{1,60})?\s*:?\s*$/iu;
const LETTER = /^([a-zđ])[).]\s+(\S.*)$/;
/**
 * "Tháng 11/2027", "Tháng 5 năm 2028", "Quý III/2028" alone on a line after lettered or dash items: the next month of a
 * calendar, a heading of its section like the first one, not a line of the item above it
 */
const BARE_TIME_LINE = /^(?:Tháng\s+\d{1,2}(?:\s*(?:[-–]|và tháng)\s*\d{1,2})?|Quý\s+[IV]{1,3})(?:\s*\/\s*\d{4}|\s+năm\s+\d{4})?\s*:?$/iu;
/** "Nhiệm vụ 1: Tổ chức quán triệt …", "Nội dung 2. …": a duty numbered in words, with its lines under it */
const NAMED_NUMBER = /^(?:Nhiệm vụ|Nội dung|Hoạt động|Việc)\s+(?:số\s+)?(\d{1,2})\s*[:.]\s+(\S.*)$/u;
/** "A. QUẢNG BÁ, XÚC TIẾN DU LỊCH", "B. Phát triển sản phẩm": a group of a table or a part of a plan, ranked with Roman sections */
const CAPITAL_LETTER = /^([A-HK-UWYĐ])\.\s+(\p{Lu}.*)$/u;
// Word's symbol bullets pasted as text: "" "" "" "▪" "●" at the first level, "o" "◦" "○" at the second
const DASH = /^[-–—•*\uF0A7\uF0B7\uF0D8\uF076\uF0FC▪●■►➢]\s*(?!-)(\S.*)$/u;
const PLUS = /^(?:\+|[◦○]|o(?=\s+\p{Lu}))\s*(\S.*)$/u;
/** Lines where a body ends: recipients list and signature block. */
const BODY_END = /^(Nơi nhận\s*:|TM\.|T\/M|KT\.|Q\.\s|TRƯỞNG BAN$|PHÓ TRƯỞNG BAN$|CHỦ TỊCH$|BÍ THƯ$|GIÁM ĐỐC$)/;
/** Where a document attached to a decision starts after its signature: its kind heading or "(Ban hành kèm theo …)". */
const ATTACHMENT_START = /^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|PHƯƠNG ÁN|ĐỀ ÁN|PHỤ LỤC|QUY CHẾ|DANH MỤC|HƯỚNG DẪN)(?:\s|$)|^\(?(?:Ban hành )?kèm theo /iu;

/**
 * "Thứ nhất, …" items written under a numbered heading ("1. Giao Phòng … là cơ quan thường trực, có trách nhiệm:") are that
 * heading's items, not numbered sections beside it: their rank, set when they are read, sits just below the heading.
 */
const ordinalRanks = new WeakMap<OutlineNode, number>();

function rankOf(node: OutlineNode): number {
  const ordinalRank = ordinalRanks.get(node);
  if (ordinalRank !== undefined) return ordinalRank;
  switch (node.kind) {
    case 'article':
      return -1;
    case 'roman':
      return 0;
    case 'numbered':
      // a bare phase heading ("Giai đoạn 2: Từ ngày … đến ngày …") sits above numbered items
      return /^\d/.test(node.label) ? node.label.split('.').length : 0.5;
    case 'letter':
      return 5;
    case 'dash':
      return 6;
    case 'plus':
      return 7;
    default:
      return 8;
  }
}

function classify(line: string, lineNumber: number): OutlineNode {
  const base = { line, lineNumber, children: [] as OutlineNode[] };
  const article = ARTICLE.exec(line);
  if (article) return { ...base, kind: 'article', label: `Điều ${article[1]}`, text: article[2] || `Điều ${article[1]}` };
  const ordinal = ORDINAL.exec(line);
  if (ordinal) {
    const node: OutlineNode = { ...base, kind: 'numbered', label: String(ORDINALS.indexOf(ordinal[1]!.toLowerCase()) + 1), text: capitalize(ordinal[2]!) };
    ordinalRanks.set(node, 1);
    return node;
  }
  const phase = PHASE_HEADING.exec(line);
  // ("GIAI ĐOẠN II - RA QUÂN (Chiến dịch "…", từ ngày D1 đến ngày D2)": a long heading whose length is its closing span)
  if (phase && (line.length <= 100 || (line.length <= 180 && CLOSING_SPAN.test(line))))
    return { ...base, kind: 'numbered', label: `${/^b/iu.test(phase[1]!) ? 'B' : 'GĐ'}${phase[2]}`, text: line };
  const period = PERIOD_HEADING.exec(line);
  if (period) return { ...base, kind: 'numbered', label: period[1] ? `TK${periodNumber(period[1])}` : 'TK', text: line };
  let m = ROMAN.exec(line);
  if (m && isRoman(m[1]!)) return { ...base, kind: 'roman', label: m[1]!, text: m[2]! };
  m = NAMED_NUMBER.exec(line);
  if (m) return { ...base, kind: 'numbered', label: m[1]!, text: m[2]! };
  m = CAPITAL_LETTER.exec(line);
  if (m) return { ...base, kind: 'roman', label: m[1]!, text: m[2]! };
  m = NUMBERED.exec(line);
  if (m) return { ...base, kind: 'numbered', label: m[1] ?? m[3]!, text: m[2] ?? m[4]! };
  m = LETTER.exec(line);
  if (m) return { ...base, kind: 'letter', label: m[1]!, text: m[2]! };
  m = PLUS.exec(line);
  if (m) return { ...base, kind: 'plus', label: '+', text: m[1]! };
  m = DASH.exec(line);
  if (m) return { ...base, kind: 'dash', label: '-', text: m[1]! };
  return { ...base, kind: 'paragraph', label: '', text: line };
}

/** "thứ nhất" → 1, "II" → 2, "3" → 3 */
function periodNumber(ordinal: string): number {
  const word = /^thứ\s+(\S+)$/iu.exec(ordinal)?.[1];
  if (word) return ORDINALS.indexOf(word.toLocaleLowerCase('vi')) + 1;
  if (/^\d+$/.test(ordinal)) return Number(ordinal);
  return ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'].indexOf(ordinal.toUpperCase()) + 1;
}

function isRoman(label: string): boolean {
  return /^(X{0,3})(IX|IV|V?I{0,3})$/.test(label);
}

/** Parses lines (from cleanPlanText) starting at `fromLine`; returns the top-level nodes. */
export function parseOutline(lines: readonly string[], fromLine = 0): OutlineNode[] {
  const roots: OutlineNode[] = [];
  let stack: OutlineNode[] = [];
  let skipping = false;
  for (let i = fromLine; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if (BODY_END.test(line)) {
      skipping = true;
      continue;
    }
    if (skipping) {
      // after the signature only an attached document (a decision's programme or appendix) is body again
      if (!ATTACHMENT_START.test(line)) continue;
      skipping = false;
      stack = [];
      continue;
    }
    const node = classify(line, i + 1);
    if (node.kind === 'paragraph') {
      if (BARE_TIME_LINE.test(line) && !stack[stack.length - 1]?.text.endsWith(':')) {
        while (stack.length > 0 && ['letter', 'dash', 'plus'].includes(stack[stack.length - 1]!.kind)) stack.pop();
      }
      const parent = paragraphParent(stack);
      attach(node, parent, roots);
      continue;
    }
    if (ordinalRanks.has(node)) ordinalRanks.set(node, ordinalRankUnder(stack));
    while (stack.length > 0 && rankOf(stack[stack.length - 1]!) >= rankOf(node)) stack.pop();
    attach(node, stack[stack.length - 1], roots);
    stack.push(node);
  }
  return foldConditionLists(roots);
}

/** Just below the innermost open digit-numbered heading that is no "Thứ …" item itself; a numbered section's rank without one. */
function ordinalRankUnder(stack: readonly OutlineNode[]): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const open = stack[i]!;
    if (open.kind === 'numbered' && !ordinalRanks.has(open) && /^\d/.test(open.label)) return rankOf(open) + 0.5;
  }
  return 1;
}

/** A paragraph continues an item that announced it ("… như sau:"); otherwise it belongs to the section. */
function paragraphParent(stack: OutlineNode[]): OutlineNode | undefined {
  const last = stack[stack.length - 1];
  if (!last) return undefined;
  if (last.text.endsWith(':')) return last;
  for (let i = stack.length - 1; i >= 0; i--) {
    const node = stack[i]!;
    // "b) Bố trí người dẫn đường …." then "Trong quá trình thực hiện, …": a lettered item that ends its sentence is no heading
    // over the paragraph after it (it was, and was lost as a task)
    if (node.kind === 'letter' && i === stack.length - 1 && /\.\s*$/u.test(node.text)) continue;
    if (node.kind === 'article' || node.kind === 'roman' || node.kind === 'numbered' || node.kind === 'letter') return node;
  }
  return undefined;
}

function attach(node: OutlineNode, parent: OutlineNode | undefined, roots: OutlineNode[]): void {
  if (parent) {
    node.parent = parent;
    parent.children.push(node);
  } else {
    roots.push(node);
  }
}

/** "II.2.1" for a node inside section II, 2.1; lettered items add ".a". */
export function sectionRef(node: OutlineNode): string {
  const parts: string[] = [];
  let numbered = false;
  for (let n: OutlineNode | undefined = node; n; n = n.parent) {
    if (n.kind === 'article') parts.unshift(n.label.replace('Điều ', 'Đ'));
    else if (n.kind === 'roman' || n.kind === 'letter') parts.unshift(n.label);
    else if (n.kind === 'numbered') {
      // "2.1" already carries its parent number "2"; keep only the most specific number. A "Thứ …" item under a numbered
      // heading numbers within it ("II.3.1"), as a lettered item does.
      if (!numbered) parts.unshift(n.label);
      if ((ordinalRanks.get(n) ?? 1) <= 1) numbered = true;
    }
  }
  return parts.join('.');
}

/** Ancestors from the nearest outward. */
export function ancestors(node: OutlineNode): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (let n = node.parent; n; n = n.parent) out.push(n);
  return out;
}

/** Depth-first, document order. */
export function walkOutline(roots: readonly OutlineNode[], visit: (node: OutlineNode) => void): void {
  for (const node of roots) {
    visit(node);
    walkOutline(node.children, visit);
  }
}
