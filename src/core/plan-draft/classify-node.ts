import { foldVietnamese } from '../text/fold.ts';
import type { UnitMention } from './discover-units.ts';
import { ancestors, type OutlineNode } from './outline.ts';
import type { DraftCriterion } from './types.ts';

/** Sections that state aims, grounds or background: their items are not assignable work. */
const NOT_TASK_SECTION =
  /^(muc dich|muc tieu|yeu cau|can cu|tinh hinh|dac diem|ket qua|quan diem|pham vi|doi tuong ap dung|danh gia tinh hinh|thuc trang)/;
const PHASE = /^giai doan\s+(\d+|i{1,3}|iv|v|mot|hai|ba|bon|nam)\s*[:.\-–]?\s*/;
const PHASE_WORDS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, mot: 1, hai: 2, ba: 3, bon: 4, nam: 5 };

export function isHeading(node: OutlineNode): boolean {
  return node.kind === 'roman' || node.kind === 'numbered' || node.kind === 'letter';
}

/** Inside an implementation section (not "Mục tiêu, yêu cầu", not the preamble). */
export function inTaskScope(node: OutlineNode): boolean {
  const chain = [node, ...ancestors(node)];
  if (!chain.some(isHeading)) return false;
  return !chain.some((n) => isHeading(n) && NOT_TASK_SECTION.test(foldVietnamese(n.text)));
}

/** "Giai đoạn 2: …" → 2 and the text after the label. */
export function readPhaseLabel(text: string): { order: number; rest: string } | undefined {
  const folded = foldVietnamese(text);
  const m = PHASE.exec(folded);
  if (!m) return undefined;
  const order = /^\d+$/.test(m[1]!) ? Number(m[1]) : (PHASE_WORDS[m[1]!] ?? 0);
  if (order === 0) return undefined;
  // folded text keeps word positions except collapsed spaces; count label words to cut the original
  const words = m[0].trim().split(/\s+/).length;
  const rest = text
    .split(/\s+/)
    .slice(words)
    .join(' ')
    .replace(/^[:.\-–]\s*/, '');
  return { order, rest };
}

/** The whole text is a unit list ("1. Công an thành phố:", "b) Đề nghị Ủy ban MTTQ và các đoàn thể:"). */
export function isUnitHeading(text: string, mentions: readonly UnitMention[]): boolean {
  if (mentions.length === 0) return false;
  let rest = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return /^\s*(?:đề nghị|giao|trách nhiệm của|đối với)?[\s,;:.]*(?:và|cùng)?[\s,;:.]*(?:\([^)]*\))?[\s,;:.]*$/i.test(rest);
}

/** Measurable conditions ("tiêu chí", "chỉ tiêu", "≥ 80%") become criteria, not tasks. */
export function readCriterion(node: OutlineNode, code: string): DraftCriterion | undefined {
  const folded = foldVietnamese(node.text);
  const percent = /(tren|it nhat|toi thieu|tu|dat|duoi|khong qua|khong vuot qua|≥|≤|>=|<=)?\s*(\d+(?:[.,]\d+)?)\s*%/.exec(folded);
  const mentionsCriteria =
    /\btieu chi\b|\bchi tieu\b/.test(folded) && /dinh kem|danh muc|phai dam bao|dam bao dat|dat du|dat cac/.test(folded);
  if (!percent && !mentionsCriteria) return undefined;
  const criterion: DraftCriterion = {
    code,
    text: node.text,
    kind: percent ? 'target' : 'common',
    review: true,
    reviewNotes: [],
  };
  if (percent) {
    const op = percent[1] ?? '';
    const sign = /duoi/.test(op) ? '<' : /khong/.test(op) || op === '≤' || op === '<=' ? '<=' : op ? '>=' : '';
    criterion.target = `${sign}${percent[2]!.replace(',', '.')}`;
    criterion.unitOfMeasure = '%';
    criterion.reviewNotes.push('Chỉ tiêu đọc từ văn bản; cần kiểm tra mức và đơn vị tính.');
  }
  if (/dinh kem|danh muc|phu luc/.test(folded)) {
    criterion.reviewNotes.push('Tiêu chí chi tiết nằm ở danh mục/phụ lục đính kèm; cần nhập từng tiêu chí.');
  } else if (!percent) {
    criterion.reviewNotes.push('Tiêu chí nêu chung; cần tách thành từng điều kiện đo được.');
  }
  return criterion;
}
