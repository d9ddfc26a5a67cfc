/**
 * Where a clause's subject starts and whether it is the unit itself: the openings a clause may carry before
 * its subject ("dạ", "báo cáo anh", "hôm qua") and the unit's own subjects ("em", "bên em", "phường em").
 */
import { PARTICLES } from './lexicon-non-reports.ts';
import { SELF_SUBJECTS } from './lexicon-clause-roles.ts';
import { indexPhrases, phraseAtIn } from './match-phrases.ts';

/** Words that may open a clause without being its subject ("dạ", "báo cáo anh", "hôm qua"). */
const OPENING_WORDS = [
  ...PARTICLES,
  'vang',
  'ok',
  'thua',
  'kinh',
  'bao cao',
  'hom qua',
  'hom nay',
  'sang nay',
  'chieu nay',
  'vua',
  'vua roi',
  'moi',
  'cung',
  'lai',
  'thi',
  'la',
  'da',
  'tuan truoc',
  'luc nay',
];
const OPENING = indexPhrases(OPENING_WORDS);
export const SELF = indexPhrases(SELF_SUBJECTS);

/** Words that tell what has happened or is happening: a clause with one is not asking for it. */
export const TOLD_AS_HAPPENED = ['da', 'dang', 'roi', 'chua', 'bi', 'van'];

export function firstContent(tokens: readonly string[]): number {
  let i = 0;
  for (let match = phraseAtIn(tokens, i, OPENING); match && i < tokens.length; match = phraseAtIn(tokens, i, OPENING)) i = match.end;
  return i;
}

export function startsWithSelf(tokens: readonly string[]): boolean {
  for (let i = 0; i < Math.min(tokens.length, 4); i++) if (phraseAtIn(tokens, i, SELF)) return true;
  return false;
}

/** Before "mình" as "we": what the unit is ("xã mình", "tổ mình", "tụi mình"). */
const OWNED_BY_MINH = [
  'xa',
  'phuong',
  'to',
  'thon',
  'ap',
  'khu',
  'hoi',
  'doan',
  'chi',
  'tui',
  'chung',
  'ben',
  'nha',
  'lop',
  'truong',
  'tram',
  'ban',
  'doi',
  'khom',
  'xom',
  'ban than',
];

/**
 * A bare "mình" at `k` is also a name ("trạm Điện Minh", "phường Hòa Minh", "anh Minh"): the unit only at the clause's
 * start (`start`, where its content begins) or owning a body ("xã mình").
 */
export function bareMinhIsUnit(tokens: readonly string[], k: number, start: number): boolean {
  return k === start || OWNED_BY_MINH.includes(tokens[k - 1] ?? '');
}
