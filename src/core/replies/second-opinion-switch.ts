import type { SecondOpinionPolicy } from './second-opinion.ts';

/**
 * THE switch for the trained second opinion beside the rules (docs/replies.md, "Second opinion").
 * Set `enabled` to false and readReply is the rules alone, exactly as before the model existed.
 * The veto's threshold was chosen by leave-one-file-out cross-validation (scripts/reply-model-cv.ts);
 * the override's on replies written blind to the reader (docs/replies.md, "round 17: the model names
 * a status over the rules"), where cross-validation over rules tuned on every file cannot show it,
 * lowered from 0.8 to 0.7 in round 19 by leave-one-blind-set-out (scripts/reply-model-blind-cv.ts).
 * Asking where the model reads a done (≥ 0.5) and taking its done where the rules' done guard finds no
 * doubt (≥ 0.9) were chosen there too, with rules that never saw the sets (docs/replies.md, "a done the
 * rules miss"): 0.8 added a false done, 0.9 none.
 * Round 21 (leave-one-blind-set-out over holdouts 14–26, docs/replies.md "Round 21 model"): a model
 * done at ≥ 0.95 is taken where every clause tells even if a words doubt of the guard fires
 * (takeSureDoneAbove; 0.9 read more right there but took "Đã xong đa số rồi anh" in the corpus), and
 * the veto rises to < 0.3; together more lines right and fewer false dones with the rules of 15c7828
 * (which saw none of those sets) and with the current rules.
 * Round 22 (over holdouts 14–35, docs/replies.md "Round 22 model"): the sure done from 0.9, except over a
 * part done the rules read (still 0.95: "Đã xong đa số rồi anh"), and over an acknowledgement too.
 */
export const SECOND_OPINION_ENABLED = true;

export const SECOND_OPINION_POLICY: SecondOpinionPolicy = {
  vetoDoneBelow: 0.3,
  adoptAbove: null,
  overrideAbove: 0.7,
  askDoneAbove: 0.5,
  takeDoneAbove: 0.9,
  takeSureDoneAbove: 0.9,
  sureOverPartAbove: 0.95,
};
