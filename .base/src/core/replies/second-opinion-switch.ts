import type { SecondOpinionPolicy } from './second-opinion.ts';

/**
 * THE switch for the trained second opinion beside the rules (docs/replies.md, "Second opinion").
 * Set `enabled` to false and readReply is the rules alone, exactly as before the model existed.
 * The thresholds were chosen by leave-one-file-out cross-validation (scripts/reply-model-cv.ts).
 */
export const SECOND_OPINION_ENABLED = true;

export const SECOND_OPINION_POLICY: SecondOpinionPolicy = { vetoDoneBelow: 0.15, adoptAbove: null };
