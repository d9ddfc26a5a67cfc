import { readReply as readByRules } from '../../../../src/core/replies/read-reply.ts';
import { combineWithModel } from '../../../../src/core/replies/second-opinion.ts';
import { clausesAllTell, doneWouldPassGuard } from '../../../../src/core/replies/second-opinion-done-guard.ts';
import { SECOND_OPINION_POLICY } from '../../../../src/core/replies/second-opinion-switch.ts';
import type { ReplyReading } from '../../../../src/core/replies/types.ts';

const SURE_DONE = { status: 'done' as const, probabilities: { done: 0.97, in_progress: 0.01, blocked: 0.01, not_started: 0.005, none: 0.005 } };

/** The rules' reading combined with a model sure of done, through the same checks the shipped reader uses. */
export function withSureModel(text: string): ReplyReading {
  return combineWithModel(
    readByRules(text),
    SURE_DONE,
    SECOND_OPINION_POLICY,
    () => doneWouldPassGuard(text),
    () => clausesAllTell(text),
  );
}
