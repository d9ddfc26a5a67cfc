import { SELF_SUBJECTS, TOPIC_HEADS } from './lexicon-clause-roles.ts';
import { NEGATIONS } from './lexicon-modifiers.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { containsPhrase, phraseAt } from './match-phrases.ts';
import type { Clause } from './types.ts';

/**
 * "Bên phường 2 nhờ em nộp hộ, em nộp rồi", "em làm hộ Đoàn phường cái báo cáo, gửi đi rồi": the unit ran an
 * errand for another body, so a done beside it is that errand, not this unit's task — unless a clause names
 * this task or the unit's own part ("còn việc này bên em xong rồi", "phần của phường em").
 */
export function errandForOthers(clauses: readonly Clause[]): boolean {
  if (clauses.some(({ tokens }) => namesOwnPart(tokens))) return false;
  return clauses.some(({ tokens }) => askedByOthers(tokens) || doneForABody(tokens) || bodysWorkCarried(tokens) || othersAsked(tokens));
}

/** After "nhờ": the unit asked ("nhờ em", "nhờ tụi em"), or the asking told past ("họ nhờ từ hôm qua"). */
const ASKED_UNIT = [...SELF_SUBJECTS, 'toi', 'minh', 'tui', 'tu'];

/** "<someone other than the unit> nhờ em …", "họ nhờ từ hôm qua". */
function askedByOthers(tokens: readonly string[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    // "nhắc nhở", "nhờ có" (thanks to) and "hẻm nhỏ" fold alike; only "nhờ" the unit is an errand.
    if (tokens[k] !== 'nho' || NEGATIONS.includes(tokens[k - 1] ?? '') || tokens[k - 1] === 'nhac') continue;
    if (!phraseAt(tokens, k + 1, ASKED_UNIT)) continue;
    const before = tokens.slice(0, k);
    // "em nhớ là …": the unit remembering ("nhớ" folds like "nhờ").
    if (containsPhrase(before, SELF_SUBJECTS)) continue;
    if (before.some((t) => !PARTICLES.includes(t))) return true;
  }
  return false;
}

/** Verbs of an errand: handing in, sending, typing, printing, writing a report. */
const ERRAND_VERBS = ['nop', 'gui', 'lam', 'nhap', 'in', 'chuyen', 'bao cao', 'tong hop', 'soan', 'go'];
/** "hộ", "giúp", "giùm", "dùm": on someone's behalf. */
const FOR_SOMEONE = ['ho', 'giup', 'gium', 'dum'];
/** Bodies the errand is run for ("hộ phường 2", "giúp Trường tiểu học"); not persons: "gửi giúp anh" only softens. */
const BODIES = ['ben', 'phuong', 'xa', 'hoi', 'doan', 'mat tran', 'cong an', 'ubnd', 'truong', 'tram', 'phong', 'khu pho', 'chi hoi', 'to dan pho'];

/** "<errand verb> hộ/giúp <a body>", the object between allowed: "nộp giúp Trường tiểu học", "làm hộ Đoàn phường". */
function doneForABody(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const verb = phraseAt(tokens, k, ERRAND_VERBS);
    if (!verb || !phraseAt(tokens, verb.end, FOR_SOMEONE)) continue;
    const body = phraseAt(tokens, verb.end + 1, BODIES);
    if (body && !phraseAt(tokens, body.end, SELF_SUBJECTS) && !phraseAt(tokens, verb.end + 1, SELF_SUBJECTS)) return true;
  }
  return false;
}

/**
 * "Em nộp giúp hồ sơ của Hội Cựu chiến binh", "Báo cáo của Đoàn thanh niên em gửi hộ lên huyện": an errand verb
 * with "hộ/giúp/giùm" and, in the clause, the work "của <a body>" other than the unit's ("của phường em").
 */
function bodysWorkCarried(tokens: readonly string[]): boolean {
  const onBehalf = tokens.some((_, k) => {
    const verb = phraseAt(tokens, k, ERRAND_VERBS);
    return verb !== null && phraseAt(tokens, verb.end, FOR_SOMEONE) !== null;
  });
  if (!onBehalf) return false;
  return tokens.some((token, k) => {
    if (token !== 'cua') return false;
    const body = phraseAt(tokens, k + 1, BODIES) ?? phraseAt(tokens, k + 1, ['ho', 'chi hoi', 'to dan pho', 'thon', 'ap']);
    if (!body) return false;
    if (phraseAt(tokens, k + 1, SELF_SUBJECTS)) return false;
    // "của phường em" is the unit's own; "của Đoàn thanh niên em gửi hộ": that "em" opens the errand.
    for (let j = body.end; j < Math.min(tokens.length, body.end + 3); j++) {
      if (['em', 'minh', 'toi'].includes(tokens[j] ?? '')) return phraseAt(tokens, j + 1, [...ERRAND_VERBS, 'da']) !== null;
    }
    return true;
  });
}

/** "chị Lan nhờ", "bên Mặt trận nhờ nên em …": someone else asked, told after the errand with nobody named after it. */
function othersAsked(tokens: readonly string[]): boolean {
  return tokens.some((token, k) => {
    if (token !== 'nho' || k === 0 || NEGATIONS.includes(tokens[k - 1] ?? '') || tokens[k - 1] === 'nhac') return false;
    const next = tokens[k + 1];
    if (next !== undefined && (next === 'co' || (next !== 'nen' && !PARTICLES.includes(next)))) return false;
    const before = tokens.slice(0, k);
    return !containsPhrase(before, SELF_SUBJECTS) && before.some((t) => !PARTICLES.includes(t));
  });
}

/** The unit's own part or this task named: "phần của phường em", "còn việc này bên em", "việc của mình". */
const OWN_PART = ['phan cua', 'phan viec cua', 'viec cua', 'con ben em', 'con phuong em', 'con xa em'];
function namesOwnPart(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const head = phraseAt(tokens, k, OWN_PART) ?? phraseAt(tokens, k, TOPIC_HEADS);
    if (!head) continue;
    const after = tokens.slice(head.end, head.end + 3);
    if (after.includes('nay') || after.includes('em') || after.includes('minh') || head.phrase.startsWith('con ')) return true;
  }
  return false;
}
