import { decodeReplyModel, type CompactReplyModel, modelOpinion } from './model/reply-model.ts';
import compactModel from './model/reply-model.json' with { type: 'json' };
import { readReply as readByRules } from './read-reply.ts';
import { combineWithModel } from './second-opinion.ts';
import { SECOND_OPINION_ENABLED, SECOND_OPINION_POLICY } from './second-opinion-switch.ts';
import type { ReplyReading } from './types.ts';

/** The committed trained model, decoded once; read only. */
const MODEL = decodeReplyModel(compactModel as CompactReplyModel);

/**
 * The reader's public entry: the rules (read-reply.ts), then, while SECOND_OPINION_ENABLED, the
 * trained model as a second opinion that may only take a done away (the bot then asks) or, if the
 * policy allows, name a status where the rules are unsure. Never throws.
 */
export function readReply(text: string): ReplyReading {
  const rules = readByRules(text);
  if (!SECOND_OPINION_ENABLED) return rules;
  const consulted = rules.status === 'done' ? SECOND_OPINION_POLICY.vetoDoneBelow !== null : SECOND_OPINION_POLICY.adoptAbove !== null;
  if (!consulted) return rules;
  return combineWithModel(rules, modelOpinion(MODEL, typeof text === 'string' ? text : ''), SECOND_OPINION_POLICY);
}
