import { foldVietnamese } from '../text/fold.ts';
import type { ModelOpinion } from './model/reply-model.ts';
import { REPLY_CONFIDENCE_THRESHOLD, type ReplyReading, type ReplyStatus } from './types.ts';

/** Confidence of a reading the model changed by vetoing a done: below the threshold, so the bot asks and stores nothing. */
export const VETO_CONFIDENCE = 0.45;

/** How the model's opinion may change the rules' reading; a null turns that part off. */
export interface SecondOpinionPolicy {
  /** a rules "done" whose model probability of done is below this is asked about instead */
  vetoDoneBelow: number | null;
  /**
   * where the rules are unsure (below the confidence threshold) and read no done, the model's status
   * (never done) is taken when its probability reaches this, at the threshold confidence
   */
  adoptAbove: number | null;
  /**
   * over a confident reading of the rules that is not done, the model's status (never done) is taken
   * when its probability reaches this (an unsure reading still asks, unless adoptAbove says otherwise)
   */
  overrideAbove: number | null;
  /**
   * over a reading that is not done, when the model's probability of done reaches this the bot asks
   * (confidence below the threshold, the rules' status kept, nothing stored) instead of storing it
   */
  askDoneAbove: number | null;
  /**
   * over a reading that is not done, the model's done is taken when its probability reaches this and
   * a done would pass the rules' own done guard (no doubt of theirs fires)
   */
  takeDoneAbove: number | null;
  /**
   * over a reading that is not done (nor a question or an acknowledgement), the model's done is taken
   * when its probability reaches this and every clause tells, even where the words doubts of the
   * rules' done guard fire (docs/replies.md, round 21)
   */
  takeSureDoneAbove: number | null;
  /**
   * a sure done (takeSureDoneAbove) over a reading in which the rules found only a part done (a percent
   * under 100, or `done_partly`: "Đã xong đa số rồi anh") needs this much (docs/replies.md, round 22)
   */
  sureOverPartAbove: number | null;
}

/** Confidence of a reading kept but asked about because the model reads a done: below the threshold. */
export const ASK_DONE_CONFIDENCE = 0.45;

/**
 * Reasons the rules give when they set aside a clause about another task or someone else's status
 * ("việc này xong rồi, còn vụ thu quỹ thì đang làm"), or the whole reply as about another occasion ("Chiến dịch
 * 2024 bên em xong từ lâu rồi", round 23). The model reads the whole reply as one bag of features and cannot tell
 * whose status words are whose, nor which year they belong to, so it does not veto such a done nor make one.
 */
const SET_ASIDE_BY_RULES = ['other_task', 'third_party_status', 'other_occasion', 'evaluation'];

/**
 * Dones the rules read from a double negation the model's bag of words cannot: "số hộ chưa kê khai: 0" (round 24) has a
 * "chưa" and no done word, so the model reads a step not begun; the rules' zero of what is left is not vetoed. Nor is a
 * document the unit issued as its result ("đã có văn bản trả lời kiến nghị", round 30): the bag of words cannot tell it
 * from a document received, and the rules' reading held on all 16 labelled lines where they gave it.
 */
const MODEL_CANNOT_READ = ['done:zero_left', 'done:document_issued'];

/**
 * "✅ Khám sức khỏe …: 612/612 em", "Xong 7/7 khu phố": a count equal to its whole; a bag of words cannot compare
 * numbers. Every one of the 150 labelled lines the rules read done this way is done (round 35).
 */
function fullCount(rules: ReplyReading): boolean {
  return rules.reasons.includes('percent_fraction') && rules.reasons.includes('percent_full');
}

/**
 * "chưa bắt tay vào làm" beside "chưa có quyết định" / "chờ kế hoạch của huyện": the rules saw the work not begun
 * and what it waits on, and by the labels' convention a wait is blocked; the model, which reads the bag of words,
 * does not turn it back into not started (round 24).
 */
function weighedWaitOverNotBegun(rules: ReplyReading, status: ReplyStatus): boolean {
  return (
    rules.status === 'blocked' &&
    status === 'not_started' &&
    rules.reasons.some((reason) => reason.startsWith('not_started:')) &&
    rules.reasons.some((reason) => reason.startsWith('waiting:') || reason.startsWith('missing:'))
  );
}

/** The rules' tag for a step that reaches everyone without doing the work ("reached_all:thong bao"). */
const STEP_REACHED_ALL = 'reached_all:';

/** The model's most probable status other than done. */
function bestNotDone(opinion: ModelOpinion): ReplyStatus {
  let best: ReplyStatus = 'in_progress';
  for (const status of ['not_started', 'in_progress', 'blocked', 'none'] as const) {
    if (opinion.probabilities[status] > opinion.probabilities[best]) best = status;
  }
  return best;
}

/** Kinds the rules recognised as no report at all: the model's done does not make them one, nor asks about them. */
const NOT_REPORTS = ['question', 'acknowledgement'];

/**
 * Kinds over which the model's done is never taken. An acknowledgement may take it since round 22: an
 * "ok"/"vâng" or a third party's "nhận" ("8 hộ cuối cùng cũng nhận tiền rồi") before a result told is
 * read as one by the rules, and on the blind sets every acknowledgement the model read as done was one.
 */
const NEVER_TAKEN = ['question'];

/**
 * A negation of completion the rules read in the reply itself ("đã đạt 100% chỉ tiêu … nhưng chưa xong hết"):
 * the rule (never a done beside a negation of completion unless the reply says this unit finished)
 * holds for the model's sure done too; the words doubts it may pass are the guard's subtler ones. Work left
 * and "100 % of something" are not in the list: on the labelled files they stopped real dones told with
 * a result ("kết quả còn 6 hộ nghèo", "cho 100% cán bộ").
 */
const UNFINISHED_BY_RULES = ['done_negated'];

/** "còn bốn năm cụ … chưa cầm được tiền": what is left, named, then "chưa" — not "không còn hộ nào chưa ký" (none left). */
const LEFT_NOT_YET = /(?<!\b(?:khong|chang|ko|k|hong|het)\s)\bcon\b[^,.;!?]{1,60}\bchua\b/;

/**
 * Work left the guard found, told as "còn … chưa …" (round 37, holdout-61: "Sổ sách ghi đủ cả rồi, chứ ngoài thực tế
 * còn bốn năm cụ … chưa cầm được tiền"): the rule holds — the model's sure done does not pass it. A result
 * with "còn" and no "chưa" ("kết quả còn 6 hộ nghèo") is still left to the model.
 */
function namesWhatIsNotYetDone(rules: ReplyReading): boolean {
  return rules.reasons.includes('guard:workLeft') && LEFT_NOT_YET.test(foldVietnamese(rules.note.toLowerCase()));
}

/**
 * An obstacle standing now after the progress ("… 40% rồi ạ, nhưng đang vướng kinh phí", "được 60% mà giờ
 * kẹt vì thiếu xe"): the rules' blocker stands. The model weighs the progress words and reads progress, and
 * the committee would never hear of the obstacle. Only after a contrast and with a word of now: a snag
 * only supposed ("vướng gì em nhắn anh") or a cause told in passing is left to the model.
 */
const OBSTACLE_NOW = /\b(?:nhung|ma|tuy nhien)\b[^.;!?]*?\b(?:dang|van|con|gio|hien)\s+(?:dang\s+)?(?:bi\s+)?(?:vuong|ket|thieu|tac|gap kho khan|chua co)\b/;

function blockedByObstacleNow(rules: ReplyReading): boolean {
  return rules.status === 'blocked' && (OBSTACLE_NOW.test(foldVietnamese(rules.note).toLowerCase()) || ranOut(rules));
}

/**
 * "… thì hết hóa chất rồi anh": the rules read the goods run out; to the bag of words "hết … rồi" is the whole done,
 * so its done is not taken, nor its progress over the blocker (round 30).
 */
function ranOut(rules: ReplyReading): boolean {
  return rules.reasons.some((reason) => reason.startsWith('blocker:ran_out:'));
}

/**
 * The done word the rules read as something else: a finish ahead ("dự kiến hoàn thành trước ngày 20/12", `done_ahead:*`)
 * or a ruin beside a lament ("Chết rồi anh ơi, xong rồi, hồ sơ bị ướt hết", `lament`). The model's bag of words sees the
 * done word and not what frames it; once blind-set lines weighed more (round 25) it gave both class lines ≥ 0.9, so
 * its done is not taken over such a reading (it may still ask).
 */
function doneWordReadOtherwise(rules: ReplyReading): boolean {
  return rules.reasons.some((reason) => reason.startsWith('done_ahead') || reason === 'lament');
}

/** Whether the rules found only part of the work done: a percent under 100 or a part told done. */
function readsPartDone(rules: ReplyReading): boolean {
  return (rules.percent !== null && rules.percent < 100) || rules.reasons.includes('done_partly');
}

/**
 * The rules' reading with the model as a second opinion. It can take a done away (a veto: the bot
 * then asks and stores nothing), ask where the model reads a done the rules do not, or, over a reading
 * that is not done, name another status that is not done either when it is sure enough. It makes a
 * done only under `takeDoneAbove`, where `doneWouldPassGuard` says the rules' done guard finds no
 * doubt in the reply, or under `takeSureDoneAbove` where `clausesAllTell` (no clause asks, requests,
 * relays or speaks of another task; over a part done only at `sureOverPartAbove`); never for a question.
 */
export function combineWithModel(
  rules: ReplyReading,
  opinion: ModelOpinion,
  policy: SecondOpinionPolicy,
  doneWouldPassGuard: () => boolean = () => false,
  clausesAllTell: () => boolean = () => false,
): ReplyReading {
  if (rules.status === 'done') {
    if (policy.vetoDoneBelow === null || opinion.probabilities.done >= policy.vetoDoneBelow) return rules;
    if (rules.reasons.some((reason) => SET_ASIDE_BY_RULES.includes(reason) || MODEL_CANNOT_READ.includes(reason)) || fullCount(rules)) return rules;
    return {
      ...rules,
      status: bestNotDone(opinion),
      percent: null,
      confidence: Math.min(rules.confidence, VETO_CONFIDENCE),
      reasons: [...rules.reasons, 'model_doubts_done'],
    };
  }
  if (rules.reasons.some((reason) => SET_ASIDE_BY_RULES.includes(reason))) return rules;
  // "đã thông báo cho toàn bộ 68 hộ …": the rules found only a step that reaches everyone; the model's bag of
  // words cannot tell it from the work done over everyone, so it neither makes nor asks a done of it (round 24).
  const stepOnly = rules.reasons.some((reason) => reason.startsWith(STEP_REACHED_ALL));
  const done = stepOnly ? 0 : opinion.probabilities.done;
  const mayTake = !NEVER_TAKEN.includes(rules.kind) && !doneWordReadOtherwise(rules) && !(rules.status === 'blocked' && ranOut(rules));
  // "đang phối hợp … xử lý …, đã lập biên bản 5 vụ": work told as going on is not finished by a count of what it produced
  // (round 39), when no finish word stands anywhere (folded "dang" is also "đảng", "đăng": those come with a finish)
  const toldOngoing = rules.reasons.includes('ongoing:dang') && !rules.reasons.some((reason) => reason.startsWith('done'));
  if (policy.takeDoneAbove !== null && done >= policy.takeDoneAbove && mayTake && !toldOngoing && doneWouldPassGuard()) {
    return { ...rules, status: 'done', percent: 100, kind: 'report', confidence: REPLY_CONFIDENCE_THRESHOLD, reasons: [...rules.reasons, 'model_reads_done'] };
  }
  const sureEnough =
    policy.takeSureDoneAbove !== null &&
    done >= policy.takeSureDoneAbove &&
    (!readsPartDone(rules) || (policy.sureOverPartAbove !== null && done >= policy.sureOverPartAbove));
  const unfinished = rules.reasons.some((reason) => UNFINISHED_BY_RULES.includes(reason)) || namesWhatIsNotYetDone(rules) || toldOngoing;
  if (sureEnough && !unfinished && mayTake && clausesAllTell()) {
    return {
      ...rules,
      status: 'done',
      percent: 100,
      kind: 'report',
      confidence: REPLY_CONFIDENCE_THRESHOLD,
      reasons: [...rules.reasons, 'model_sure_of_done'],
    };
  }
  if (policy.askDoneAbove !== null && done >= policy.askDoneAbove && !NOT_REPORTS.includes(rules.kind)) {
    if (rules.confidence < REPLY_CONFIDENCE_THRESHOLD || statesPartialPercent(rules)) return rules;
    return { ...rules, confidence: ASK_DONE_CONFIDENCE, reasons: [...rules.reasons, 'model_suspects_done'] };
  }
  const threshold = rules.confidence >= REPLY_CONFIDENCE_THRESHOLD ? policy.overrideAbove : policy.adoptAbove;
  if (threshold === null || blockedByObstacleNow(rules)) return rules;
  if (opinion.status === 'done' || opinion.probabilities[opinion.status] < threshold || opinion.status === rules.status) return rules;
  if (weighedWaitOverNotBegun(rules, opinion.status)) return rules;
  // "đang chờ em ký nháy rồi chuyển hiệu trưởng": the bag of words sees "chờ"; the rules saw the unit waited on, its own work (round 35).
  if (opinion.status === 'blocked' && rules.reasons.includes('waiting_on_self')) return rules;
  if (opinion.status === 'none' && rules.reasons.includes('percent_corrected')) return rules;
  // "Phường bên cạnh xong hết rồi, phường em thì chưa": the words are another unit's finish; the rules saw this unit's own "not yet" (round 38).
  if (opinion.status === 'none' && rules.reasons.includes('own_not_yet')) return rules;
  const kind = opinion.status === 'none' ? 'unclear' : 'report';
  // A share the rules read stays beside a blocker the model reads ("đã sơ tán được 7/10 hộ nhưng đường bị sạt …", round 42).
  const percent = opinion.status === 'in_progress' || opinion.status === 'blocked' ? rules.percent : null;
  return {
    ...rules,
    status: opinion.status,
    percent,
    kind,
    confidence: REPLY_CONFIDENCE_THRESHOLD,
    reasons: [...rules.reasons, `model_reads_${opinion.status}`],
  };
}

/** "biên bản họp, đã xong 50%": the unit's own figure below 100 % says how far it is; no done to ask about. */
function statesPartialPercent(rules: ReplyReading): boolean {
  return rules.status === 'in_progress' && rules.percent !== null && rules.percent > 0 && rules.percent < 100 && rules.reasons.includes('percent_sign');
}
