import { type CompactReplyModel, decodeReplyModel, modelOpinion } from './model/reply-model.ts';
import compactModel from './model/reply-model.json' with { type: 'json' };
import { readReply as readByRules } from './read-reply.ts';
import { combineWithModel, type SecondOpinionPolicy } from './second-opinion.ts';
import { clausesAllTell, doneWouldPassGuard } from './second-opinion-done-guard.ts';
import { SECOND_OPINION_ENABLED, SECOND_OPINION_POLICY } from './second-opinion-switch.ts';
import type { ReplyReading } from './types.ts';

/** The committed trained model (scripts/train-reply-model.ts), decoded once; only read. */
const MODEL = decodeReplyModel(compactModel as CompactReplyModel);

/**
 * The reader's public entry: the rules (read-reply.ts), then, while SECOND_OPINION_ENABLED, the
 * trained model as a second opinion (second-opinion.ts). Never throws.
 */
export function readReply(text: string): ReplyReading {
  return SECOND_OPINION_ENABLED ? readWithSecondOpinion(text, SECOND_OPINION_POLICY) : readByRules(text);
}

/** The rules' reading with the model consulted under `policy`: only where the policy could change it. */
export function readWithSecondOpinion(text: string, policy: SecondOpinionPolicy): ReplyReading {
  const rules = readByRules(text);
  const consulted =
    rules.status === 'done'
      ? policy.vetoDoneBelow !== null
      : policy.adoptAbove !== null ||
        policy.overrideAbove !== null ||
        policy.askDoneAbove !== null ||
        policy.takeDoneAbove !== null ||
        policy.takeSureDoneAbove !== null;
  if (!consulted) return rules;
  const input = typeof text === 'string' ? text : '';
  return combineWithModel(
    rules,
    modelOpinion(MODEL, input, rules),
    policy,
    () => doneWouldPassGuard(input),
    () => clausesAllTell(input),
  );
}
