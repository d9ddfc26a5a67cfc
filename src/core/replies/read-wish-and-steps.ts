import { firstContent } from './clause-subject.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { phraseAt } from './match-phrases.ts';
import type { Clause, ClauseRole, Signal } from './types.ts';

/** Openings of a wish for something not yet so: "ước gì", "giá mà", "phải chi". */
const WISH_OPENINGS = ['uoc gi', 'uoc chi', 'uoc sao', 'gia ma', 'phai chi'];
/** Inside a wish, words that tell what already is ("ước gì xong rồi" hints the work is still going on). */
const TOLD_NOW = ['roi', 'da', 'dang', 'r'];

function wishAhead(tokens: readonly string[]): boolean {
  return phraseAt(tokens, firstContent(tokens), WISH_OPENINGS) !== null && !tokens.some((token) => TOLD_NOW.includes(token));
}

/**
 * "Ước gì kênh làm xong trước vụ Đông Xuân": every clause with a status word is a wish for a finish ahead, told of
 * nothing that is; no report (round 41). "Ước gì xong rồi, đang ngập đầu" keeps its reading (work going on).
 */
export function onlyWishAhead(clauses: readonly Clause[], roles: readonly ClauseRole[], signalsByClause: readonly (readonly Signal[])[]): boolean {
  const withStatus = clauses.filter((_, i) => roles[i] === 'tell' && (signalsByClause[i] ?? []).length > 0);
  return withStatus.length > 0 && withStatus.every(({ tokens }) => wishAhead(tokens));
}

/** After "chưa", words that turn "… nào" away from the work: "chưa có hộ nào phản đối", "chưa thấy ai". */
const NOT_THE_WORK = ['co', 'thay', 'ai', 'nghe', 'bi', 'gap'];
/** How many words may stand between "chưa" and "nào" ("chưa đưa xuống thôn nào"). */
const NONE_REACH = 5;

/**
 * "… nhưng chưa tiêm con nào", "chưa đưa xuống thôn nào": not one of anything done yet, the clause ending on "nào"
 * (or "hết", "cả").
 */
export function nothingDoneYet(tokens: readonly string[]): boolean {
  return tokens.some((token, i) => {
    if (token !== 'chua' || NOT_THE_WORK.includes(tokens[i + 1] ?? '')) return false;
    const nao = tokens.indexOf('nao', i + 2);
    return nao > 0 && nao - i <= NONE_REACH && tokens.slice(nao + 1).every((t) => PARTICLES.includes(t) || t === 'het' || t === 'ca');
  });
}

/** An intent told for a time gone by: "định tuần này đi", "tính hôm qua xuống", "dự định sáng nay làm". */
const INTENTS = ['dinh', 'du dinh', 'tinh'];
/** After "chưa", words that say the teller does not know, not that the work was not done. */
const NOT_KNOWING = ['biet', 'ro', 'nam', 'co', 'thay'];

/**
 * "Định tuần này đi mà lại chưa đi, tuần sau em đi": an intent the teller gives, then "chưa" of the work, and nothing
 * else told: the plan was not kept, so the work is not started (round 41). Only for clauses with no status word.
 */
export function planNotKept(telling: readonly Clause[]): boolean {
  const words = telling.flatMap(({ tokens }) => tokens);
  const intent = words.findIndex(
    (_, k) => phraseAt(words, k, INTENTS) !== null && (k === 0 || ['em', 'minh', 'toi', 'tui', 'da'].includes(words[k - 1] ?? '')),
  );
  if (intent < 0) return false;
  return words.some((token, k) => k > intent && token === 'chua' && !NOT_KNOWING.includes(words[k + 1] ?? '') && words[k + 1] !== undefined);
}

/** Those the work is for: "bác", "các cụ", "12 hộ", "bà con". */
const BENEFICIARIES = ['bac', 'cu', 'cac cu', 'ho', 'cac ho', 'ba con', 'nguoi dan', 'gia dinh', 'doi tuong', 'ong ba'];
/** The handout reached everyone or the one it was for: "đều nhận đủ", "nhận hết", or an approval told beside it. */
const WHOLE = ['deu', 'du', 'het', 'tat ca', 'ca'];

/**
 * "Được duyệt rồi, tiền về bác nhận rồi", "12 hộ đều nhận đủ rồi": those the work is for received it, so the handing
 * out is done; not the teller's "nhận rồi" of a message (round 41).
 */
export function beneficiaryReceived(telling: readonly Clause[]): boolean {
  const approved = telling.some(({ tokens }) => tokens.includes('duyet') && !tokens.includes('chua'));
  return telling.some(({ tokens }) => {
    const k = tokens.lastIndexOf('nhan');
    if (k <= 0 || tokens.includes('chua') || !tokens.slice(k + 1).includes('roi')) return false;
    if (['em', 'minh', 'toi', 'tui', 'ben'].includes(tokens[k - 1] ?? '')) return false;
    const before = tokens.slice(0, k);
    const named = before.some((_, j) => phraseAt(before, j, BENEFICIARIES) !== null);
    return named && (approved || tokens.some((_, j) => phraseAt(tokens, j, WHOLE) !== null));
  });
}
