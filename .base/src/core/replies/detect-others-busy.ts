import { firstContent, startsWithSelf } from './clause-subject.ts';
import { phraseAt } from './match-phrases.ts';
import type { Clause, Signal } from './types.ts';

/** The people the work is for, or a school busy with its own calendar, as a clause's subject. */
const PEOPLE = ['ba con', 'nguoi dan', 'dan', 'nhan dan', 'ho dan', 'cac ho', 'hoc sinh', 'cac chau', 'giao vien', 'thay co', 'truong'];
/** Before the subject: "giờ bà con đang…", "hiện dân còn…". */
const NOW = ['gio', 'bay gio', 'hien', 'hien gio', 'hien nay', 'luc nay', 'ma'];

/**
 * "Sau vụ thu hoạch thì thôn mới làm, giờ bà con đang bận gặt lúa", "qua rằm mới ra quân, giờ dân còn
 * đang ăn Tết": beside a start put ahead, what the people are busy with now is why the unit waits, not
 * the unit's work going on. Without a start ahead ("bà con đang kê khai") it is left as it is.
 */
export function withoutOthersBusy(signalsByClause: Signal[][], clauses: readonly Clause[]): Signal[][] {
  if (!signalsByClause.some((signals) => signals.some((s) => s.tag.startsWith('start_ahead')))) return signalsByClause;
  return signalsByClause.map((signals, i) =>
    peopleAsSubject(clauses[i]?.tokens ?? []) ? signals.filter((s) => !(s.status === 'in_progress' && s.tag.startsWith('ongoing:'))) : signals,
  );
}

function peopleAsSubject(tokens: readonly string[]): boolean {
  let k = firstContent(tokens);
  for (let now = phraseAt(tokens, k, NOW); now; now = phraseAt(tokens, k, NOW)) k = now.end;
  return phraseAt(tokens, k, PEOPLE) !== null && !startsWithSelf(tokens);
}
