import { firstContent } from './clause-subject.ts';
import { phraseAt } from './match-phrases.ts';
import type { Clause, Signal } from './types.ts';

/** "lẽ ra", "đáng lẽ": what should have been; "đúng ra" only opening the clause ("chưa ai đứng ra" folds alike). */
const SHOULD_HAVE = ['le ra', 'dang le'];
const SHOULD_HAVE_OPENING = ['dung ra'];

/** After "le ra": "lễ ra quân", "lễ ra mắt" (a ceremony), folded alike. */
const CEREMONY_AFTER = ['quan', 'mat'];

function shouldHave(tokens: readonly string[]): boolean {
  const at = tokens.findIndex((_, k) => phraseAt(tokens, k, SHOULD_HAVE) !== null && !CEREMONY_AFTER.includes(tokens[k + 2] ?? ''));
  return at >= 0 || phraseAt(tokens, firstContent(tokens), SHOULD_HAVE_OPENING) !== null;
}

/** A status the rest of the reply tells instead: not begun, or held up by someone or something (not weather alone). */
function toldInstead(signal: Signal): boolean {
  return signal.status === 'not_started' || (signal.status === 'blocked' && signal.strong && !signal.tag.startsWith('problem:'));
}

/**
 * "Lẽ ra tuần trước đã xong, nhưng đến giờ bên em còn chưa bắt tay vào", "Theo kế hoạch lẽ ra phải kiểm đếm xong, mà …
 * chưa xuống hộ nào": a finish that should have been is no finish; when another clause tells what is so instead, the
 * counterfactual clause's dones are dropped. Alone ("Lẽ ra tuần trước đã xong rồi") it is left to the guards.
 */
export function withoutCounterfactualDone(signalsByClause: readonly (readonly Signal[])[], clauses: readonly Clause[]): readonly (readonly Signal[])[] {
  const counterfactual = clauses.map((clause) => shouldHave(clause.tokens));
  if (!counterfactual.some(Boolean)) return signalsByClause;
  const instead = signalsByClause.some((signals, i) => !counterfactual[i] && signals.some(toldInstead));
  if (!instead) return signalsByClause;
  return signalsByClause.map((signals, i) =>
    counterfactual[i] ? signals.filter((signal) => signal.status !== 'done' && !signal.tag.startsWith('done_ahead')) : signals,
  );
}
