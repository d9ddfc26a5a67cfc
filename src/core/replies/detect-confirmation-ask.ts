import { DONE_PHRASES } from './lexicon.ts';
import { TOPIC_HEADS } from './lexicon-clause-roles.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { containsPhrase, phraseAt, phraseBefore } from './match-phrases.ts';

/** Clause-final particles that turn a statement into a request to confirm it: "hả", "nhỉ", "hè", "chứ", "sao", "phải không". */
const CONFIRMATION_PARTICLES = ['ha', 'nhi', 'he', 'chu', 'ha ta', 'phai ha', 'nhi ta', 'sao', 'phai khong', 'dung khong', 'a ha', 'roi ho'];

/** Words that address someone; a word after them at the clause's end is a name ("hả anh Tuấn", "chứ chị Hạnh"). */
const ADDRESS_WORDS = ['anh', 'chi', 'chu', 'co', 'em', 'bac', 'ong', 'ba', 'di', 'thay', 'cau'];

/** Before "chú" as one addressed: "thưa chú", "dạ chú", "vâng chú". */
const ADDRESS_BEFORE_CHU = ['thua', 'da', 'vang', 'chao'];

/** Before "hè", words that make it summer, not the Southern "hè?": "vỉa hè" (pavement), "mùa hè", "nghỉ hè", "sinh hoạt hè". */
const SUMMER_BEFORE_HE = ['via', 'mua', 'nghi', 'hoat'];

/** "Xong rồi hả anh", "Đã nộp rồi nhỉ", "Việc đó xong rồi chứ anh": the teller asks whether it is done. */
export function seeksConfirmation(tokens: readonly string[]): boolean {
  // "… rồi hả anh Tuấn": the name after the one addressed is no particle; read up to the address.
  const beforeAddress = tokens[tokens.length - 3] ?? '';
  const named =
    tokens.length > 2 &&
    ADDRESS_WORDS.includes(tokens[tokens.length - 2] ?? '') &&
    !PARTICLES.includes(tokens.at(-1) ?? '') &&
    (CONFIRMATION_PARTICLES.includes(beforeAddress) || beforeAddress === 'a' || beforeAddress === 'roi');
  let end = named ? tokens.length - 1 : tokens.length;
  for (let particle = phraseBefore(tokens, end, PARTICLES); particle && particle.start > 0; particle = phraseBefore(tokens, end, PARTICLES)) {
    if (particle.phrase === 'he' && SUMMER_BEFORE_HE.includes(tokens[particle.start - 1] ?? '')) return false;
    // "Dạ thưa chú": "chú" addressed, not the asking "chứ".
    if (particle.phrase === 'chu' && ADDRESS_BEFORE_CHU.includes(tokens[particle.start - 1] ?? '')) return false;
    if (CONFIRMATION_PARTICLES.includes(particle.phrase)) return true;
    end = particle.start;
  }
  const asking = phraseBefore(tokens, end, CONFIRMATION_PARTICLES);
  // "đã nộp bản sao rồi": a copy, not "sao?".
  return asking !== null && !(asking.phrase === 'sao' && tokens[asking.start - 1] === 'ban');
}

/** Opening a clause before its topic: "cái vụ", "còn", "dạ". */
const BEFORE_TOPIC = ['da', 'con', 'cai', 'vang'];

/**
 * "Cái vụ tuần tra đêm đó hả, bên em làm đâu ra đó rồi": a clause that only names the task and "hả" picks it up
 * before the answer that follows; it asks nothing of its own (round 31).
 */
export function echoesTopic(tokens: readonly string[]): boolean {
  let k = 0;
  while (k < tokens.length && BEFORE_TOPIC.includes(tokens[k] ?? '')) k++;
  return phraseAt(tokens, k, TOPIC_HEADS) !== null && !containsPhrase(tokens, DONE_PHRASES) && seeksConfirmation(tokens);
}
