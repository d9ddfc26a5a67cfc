import { SELF_SUBJECTS } from './lexicon-clause-roles.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { containsPhrase } from './match-phrases.ts';
import type { Clause } from './types.ts';

/** Names of this round beside another's: "đợt này", "lần này", "năm nay". */
const THIS_ROUND = ['dot nay', 'lan nay', 'nam nay', 'ky nay', 'vu nay', 'thang nay'];

/**
 * "Bên Hội Cựu chiến binh thăm hết rồi, bên em thì chưa", "Vụ mừng thọ đợt này thì chưa, đợt trước thì xong lâu rồi":
 * the unit or this round, topicalised and answered "chưa", beside a finish that is someone else's or another round's
 * (round 38). Not "phần nhập liệu thì chưa": a part of the work, which is progress.
 */
export function saysOwnNotYet(telling: readonly Clause[]): boolean {
  return telling.some(({ tokens }) => {
    let end = tokens.length;
    while (end > 0 && PARTICLES.includes(tokens[end - 1] ?? '')) end--;
    if (tokens[end - 1] !== 'chua' || tokens[end - 2] !== 'thi') return false;
    const topic = tokens.slice(0, end - 2);
    return containsPhrase(topic, SELF_SUBJECTS) || containsPhrase(topic, THIS_ROUND);
  });
}
