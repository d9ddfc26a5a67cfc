import { normalizeVietnamese } from '../text/fold.ts';
import { decideStatus } from './decide-status.ts';
import { isAcknowledgement } from './detect-acknowledgement.ts';
import { waitsOnConsentAhead } from './detect-approval-ahead.ts';
import { withReasonsBeside } from './detect-unable-reason-next.ts';
import { withDenialClosing } from './read-none-of-denied.ts';
import { withLamentsRead } from './detect-lament.ts';
import { isRemark } from './detect-remark.ts';
import { withoutOthersBusy } from './detect-others-busy.ts';
import { conditionOnApproval } from './done-doubt-conditions.ts';
import { seeksConfirmation } from './detect-confirmation-ask.ts';
import { saysOwnNotYet } from './detect-own-not-yet.ts';
import { guardDone } from './guard-done.ts';
import { CORRECTIONS } from './lexicon-done-standing.ts';
import { partInOrder, partInOrderRestAhead } from './detect-part-in-order.ts';
import { believed } from './detect-belief.ts';
import { PAST_OR_CONCESSIVE, STILL_NOW, WHOLE_OR_NOW } from './lexicon-obstacles.ts';
import { withoutCounterfactualDone } from './detect-counterfactual.ts';
import { withoutResolvedProblems } from './resolved-problems.ts';
import { judges } from './detect-remark.ts';
import { putsReportOff } from './detect-report-later.ts';
import { aboutAnotherOccasionByClause, tellsFigure, withoutOtherOccasions } from './detect-other-occasion.ts';
import { containsPhrase, indexOfPhrase, isNumber, phraseAt } from './match-phrases.ts';
import { MAX_READ_LENGTH, normalizeReply } from './normalize-reply.ts';
import { readClauseRoles, thanksOthers } from './read-clause-roles.ts';
import type { ClauseRole } from './types.ts';
import { readPercent } from './read-percent.ts';
import { onlyBusy, onlyFinishAheadSignals, onlyTicks, onlyUntoldActivity } from './signal-kinds.ts';
import { recalledUpTo } from './detect-recalled-figure.ts';
import { asksWithPurpose, offWorkThenBack, preparedOnly } from './read-before-start.ts';
import { justReceivedWithTimeAhead, receivedWithStartAhead } from './read-received-start.ts';
import { readSignals } from './read-signals.ts';
import { beneficiaryReceived, nothingDoneYet, onlyWishAhead, planNotKept } from './read-wish-and-steps.ts';
import { withResultTold } from './read-result-state.ts';
import { withAskedThenDenied } from './detect-asked-not-given.ts';
import { withSharedPast } from './read-shared-past.ts';
import { stalled } from './detect-stalled.ts';
import { conditionUnmetNow } from './detect-condition-unmet.ts';
import { officialAwayHoldsUp } from './detect-official-away.ts';
import { doneTakenBack } from './detect-taken-back.ts';
import { resumedNow } from './detect-resumed.ts';
import { workGoingOnUntold } from './read-work-going-on.ts';
import { onlyStatusUnknown, onlyUnverifiedNews } from './detect-status-unknown.ts';
import type { Clause, ReplyReading, Signal } from './types.ts';
import { blocked, goingOn, none, ownNotYet } from './reply-readings.ts';
import { withoutFoldClashes } from './written-form.ts';

/** A question asked alongside a report makes the report a little less certain. */
const ALSO_ASKS_FACTOR = 0.85;
/** A reply that is only check marks ("✅") reads as done, a little less sure than words. */
const TICK_ONLY_CONFIDENCE = 0.8;
/** A blocker told as a state, with no blocker word: sure enough to store, not as sure as "vướng". */
const STALLED_CONFIDENCE = 0.72;
/** Asking to confirm a finish only supposed: not a report. */
const ASKS_TO_CONFIRM_CONFIDENCE = 0.6;
/** A part said to be "ok rồi" beside the rest ahead: progress, but the bot asks. */
const PART_OK_CONFIDENCE = 0.5;
/** A finish ahead on condition of an approval: blocked, but the bot asks. */
const APPROVAL_CONDITION_CONFIDENCE = 0.5;
/** "xong đâu mà xong", "xong gì mà xong" (folded tokens) */
const RHETORICAL_DENIAL = /\b(xong|hoan thanh|het)\s(?:dau|gi)\sma\s\1\b/;
/** A remark about someone's finish is not stored; below the threshold, so the bot asks if it must. */
const REMARK_CONFIDENCE = 0.5;

/** Why clauses other than this unit's telling were set aside, as reasons. */
const SET_ASIDE: Record<Exclude<ClauseRole, 'tell'>, string> = {
  ask: 'question',
  request: 'request_to_others',
  relay: 'third_party_status',
  other_task: 'other_task',
};

/**
 * How the bot reads a free-text reply to a task message:
 * normalise → split clauses → give each a role (tells, asks, asks others to act, passes on a third
 * party's status, speaks of another task) → read status words of the telling clauses with their
 * negation and tense → read the figure → weigh → guard "done" → confidence. Never throws.
 */
export function readReply(text: string): ReplyReading {
  const input = typeof text === 'string' ? text : '';
  const note = normalizeVietnamese(input);
  const clauses = normalizeReply(input.length > MAX_READ_LENGTH ? input.slice(0, MAX_READ_LENGTH) : input);
  const roles = readClauseRoles(clauses);
  const tells = roles.map((role) => role === 'tell');
  const signalsByClause = withAskedThenDenied(
    withResultTold(
      withDenialClosing(
        withReasonsBeside(
          withoutOthersBusy(
            withoutRedone(
              withLamentsRead(
                withoutFoldClashes(
                  clauses.map((clause, i) => (roles[i] === 'tell' && !thanksOthers(clause.tokens) ? readSignals(withSharedPast(clauses, roles, i)) : [])),
                  input,
                ),
                clauses,
              ),
              clauses,
            ),
            clauses,
          ),
          clauses,
          roles,
        ),
        clauses,
        roles,
      ),
      clauses,
      tells,
    ),
    clauses,
    tells,
  );
  const telling = clauses.filter((_, i) => roles[i] === 'tell');
  const corrected = withoutOtherOccasions(
    withoutCounterfactualDone(withoutCorrected(signalsByClause, clauses), clauses),
    clauses.map((clause) => clause.tokens),
    tells,
  );
  const signals = withoutResolvedProblems(withoutSupersededDenials(corrected, clauses, roles), telling);
  const figure = readPercent(figureClauses(clauses, roles, corrected));
  const decision = decideStatus(signals, figure);
  const asides = [...new Set(roles.filter((role) => role !== 'tell').map((role) => SET_ASIDE[role]))];
  const reasons = [...signals.map((signal) => signal.tag), ...figure.reasons];

  // "✅ kiểm tra ATTP chợ tháng 12": a check mark before the task's name; its activity word names the task, not progress.
  if (telling[0]?.tokens[0] === 'tick' && signals.length > 0 && signals.every((signal) => signal.tag.startsWith('activity:')))
    return { status: 'done', percent: 100, note, confidence: TICK_ONLY_CONFIDENCE, kind: 'report', reasons: ['check_mark'] };
  const onlyPromisesToStart = signals.length > 0 && figure.percent === null && signals.every((signal) => signal.tag.startsWith('start_ahead'));
  // "em mới nhận văn bản hôm qua, đầu tuần sau em triển khai", "đã tiếp nhận, sẽ làm từ đầu tháng 12": not started.
  if (onlyPromisesToStart && receivedWithStartAhead(telling)) {
    return { status: 'not_started', percent: null, note, confidence: 0.75, kind: 'report', reasons: [...reasons, 'just_received'] };
  }
  // "Em nghỉ ốm hôm nay, mai em đi làm": the teller off, back at work ahead; nothing of the task (round 40).
  if (onlyPromisesToStart && offWorkThenBack(telling)) return none(note, 'unclear', REMARK_CONFIDENCE, [...reasons, 'off_work']);
  // "Lớp buổi sáng ok rồi, lớp buổi chiều mai mới học": a part said to be in order, the rest ahead.
  if (onlyPromisesToStart && telling.some(({ tokens }) => partInOrder(tokens))) {
    return { status: 'in_progress', percent: null, note, confidence: PART_OK_CONFIDENCE, kind: 'report', reasons: [...reasons, 'part_ok_rest_ahead'] };
  }
  // "Anh ok thì em cho đăng luôn, bài viết em soạn xong rồi": what the unit does next waits on consent not yet given.
  if (!roles.includes('ask') && !signals.some((s) => s.tag === 'ongoing:dang') && waitsOnConsentAhead(clauses)) {
    return blocked(note, APPROVAL_CONDITION_CONFIDENCE, [...reasons, 'finish_waits_on_approval']);
  }
  // "Bên Hội Nông dân báo họ xong rồi, còn phần bên em thì em chưa nắm được": the unit's own status not known.
  if (onlyStatusUnknown(telling) || onlyUnverifiedNews(telling, roles.includes('relay')))
    return none(note, 'unclear', REMARK_CONFIDENCE, [...reasons, ...asides, 'own_status_unknown']);
  // "Ước gì kênh làm xong trước vụ mùa": only a wish for a finish ahead, no report (round 41).
  if (!roles.includes('ask') && onlyWishAhead(clauses, roles, corrected)) return none(note, 'unclear', REMARK_CONFIDENCE, [...reasons, 'wish_ahead']);
  // "Thợ bỏ ngang giữa chừng rồi", "thôn không còn người để làm", "làm mãi không được, cần anh hướng dẫn": a blocker told as a state.
  if (decision?.status !== 'done' && !roles.includes('ask') && stalled(clauses, input)) return blocked(note, STALLED_CONFIDENCE, [...reasons, 'stalled']);
  // "Đủ người thì 2 ngày là xong, giờ có mỗi mình em": a finish on a condition that does not hold now (round 42).
  if (!roles.includes('ask') && conditionUnmetNow(clauses)) return blocked(note, STALLED_CONFIDENCE, [...reasons, 'condition_unmet']);
  // "Xong rồi nhưng chưa có dấu, văn thư đi vắng": an official away, what only they do not done (round 42).
  if (doneTakenBack(clauses)) return { status: 'in_progress', percent: null, note, confidence: 0.7, kind: 'report', reasons: [...reasons, 'done_taken_back'] };
  if (!roles.includes('ask') && officialAwayHoldsUp(clauses))
    return { ...blocked(note, STALLED_CONFIDENCE, [...reasons, 'official_away']), percent: figure.percent };
  if (!decision || (onlyPromisesToStart && isAcknowledgement(telling))) {
    if (roles.includes('ask')) return none(note, 'question', 0.9, [...reasons, ...asides]);
    if (workGoingOnUntold(clauses)) return goingOn(note, reasons);
    // "Khám cho các cụ thôn Thượng ok hết rồi, thôn Hạ thì chiều nay em xuống": a part in order, the rest set for later (round 38).
    if (saysOwnNotYet(telling)) return ownNotYet(note, reasons);
    if (!decision && partInOrderRestAhead(telling))
      return { status: 'in_progress', percent: null, note, confidence: PART_OK_CONFIDENCE, kind: 'report', reasons: [...reasons, 'part_ok_rest_ahead'] };
    // "Định tuần này đi mà lại chưa đi": a plan not kept; "Được duyệt rồi, tiền về bác nhận rồi": paid out (round 41).
    if (planNotKept(telling)) return ownNotYet(note, [...reasons, 'plan_not_kept']);
    if (beneficiaryReceived(telling))
      return { status: 'done', percent: 100, note, confidence: 0.7, kind: 'report', reasons: [...reasons, 'beneficiary_received'] };
    if (!decision && justReceivedWithTimeAhead(telling))
      return { status: 'not_started', percent: null, note, confidence: 0.75, kind: 'report', reasons: [...reasons, 'just_received'] };
    if (isAcknowledgement(telling)) return none(note, 'acknowledgement', 0.9, [...reasons, 'acknowledgement']);
    if (onlyTicks(telling)) return { status: 'done', percent: 100, note, confidence: TICK_ONLY_CONFIDENCE, kind: 'report', reasons: ['check_mark'] };
    const confidence = clauses.length === 0 ? 0.9 : 0.3;
    // "Nhà nước hỗ trợ mấy cụ như vậy là quý lắm rồi": a judgement of something, told of no work (round 37).
    if (telling.some(({ tokens }) => judges(tokens))) return none(note, 'unclear', confidence, [...reasons, 'evaluation']);
    return none(note, 'unclear', confidence, [...reasons, ...(asides.length > 0 ? asides : ['no_status_words'])]);
  }

  // "Xong nhanh vậy ta", "Cố lên, sắp xong rồi": praise or encouragement about a finish, not this unit's report.
  // "Xong đâu mà xong anh, … còn đang làm": a finish the unit itself denies is its own report, no remark (round 39).
  const deniesOwnFinish = decision.status === 'in_progress' && telling.some(({ tokens }) => RHETORICAL_DENIAL.test(tokens.join(' ')));
  if ((decision.status === 'done' || decision.status === 'in_progress') && !deniesOwnFinish && isRemark(telling.length > 0 ? clauses : [])) {
    return none(note, 'unclear', REMARK_CONFIDENCE, [...reasons, 'remark']);
  }
  // "Hồi năm 2021 xã mình làm mất cả tháng mới xong", "Đợt năm ngoái bên em triển khai tới 95%": another round or year, nothing of this one.
  if (decision.status !== 'blocked' && aboutAnotherOccasionOnly(clauses, roles, signalsByClause)) {
    if (saysOwnNotYet(telling)) return ownNotYet(note, reasons);
    return none(note, 'unclear', REMARK_CONFIDENCE, [...reasons, 'other_occasion']);
  }
  // "Bên mình chắc xong rồi ha": a finish only supposed, then a particle asking to confirm it: a question.
  if (decision.status === 'in_progress' && onlyFinishAheadSignals(signals) && telling.some(({ tokens }) => seeksConfirmation(tokens))) {
    return none(note, 'question', ASKS_TO_CONFIRM_CONFIDENCE, [...reasons, 'asks_to_confirm']);
  }
  // "xong r ak a, e tưởng mai mới hạn": a question, then what the asker believed; nothing reported (round 38).
  if (roles.includes('ask') && telling.length > 0 && telling.every(({ tokens }) => believed(tokens))) {
    return none(note, 'question', ASKS_TO_CONFIRM_CONFIDENCE, [...reasons, 'asks_then_belief']);
  }
  // "Xong chưa em, mai hạn chót rồi đó": a question, then only a deadline or a finish ahead.
  if (decision.status === 'in_progress' && onlyFinishAheadSignals(signals) && roles.includes('ask')) {
    return none(note, 'question', ASKS_TO_CONFIRM_CONFIDENCE, [...reasons, 'asks_then_deadline']);
  }
  // "Nếu anh duyệt sớm thì mai em xong", "Lãnh đạo ký thì mai em triển khai": a finish or a start ahead that waits on an approval or a signature is blocked.
  const onlyAhead = (decision.status === 'in_progress' && onlyFinishAheadSignals(signals)) || (decision.status === 'not_started' && onlyPromisesToStart);
  if (onlyAhead && telling.some(({ tokens }) => conditionOnApproval(tokens))) {
    return blocked(note, APPROVAL_CONDITION_CONFIDENCE, [...reasons, 'finish_waits_on_approval']);
  }
  // "Đọc hướng dẫn xong rồi, nhưng chưa bắt đầu làm": only a step before the work finished (round 40).
  if (decision.reasons.includes('done_and_not_started') && preparedOnly(clauses, corrected, roles)) return ownNotYet(note, [...reasons, 'prepared_only']);
  // "Họp triển khai xong rồi nhưng chưa tiêm con nào": a step finished and not one of anything done yet (round 41).
  if (decision.status !== 'not_started' && preparedOnly(clauses, corrected, roles) && telling.some(({ tokens }) => nothingDoneYet(tokens)))
    return ownNotYet(note, [...reasons, 'prepared_nothing_done']);
  // "… làm tới đâu rồi anh, báo em số để em tổng hợp": the asker's purpose beside a question (round 40).
  if (onlyAhead && decision.status === 'not_started' && asksWithPurpose(clauses, roles, corrected))
    return none(note, 'question', ASKS_TO_CONFIRM_CONFIDENCE, [...reasons, 'asks_then_plans']);
  // "Em đang ngồi họp HĐND, chút xíu ra em báo anh sau nha": busy elsewhere, the report comes later.
  if (
    decision.status === 'in_progress' &&
    figure.percent === null &&
    telling.some(({ tokens }, i) =>
      putsReportOff(
        tokens,
        telling.slice(0, i).map((clause) => clause.tokens),
      ),
    ) &&
    onlyBusy(signals)
  ) {
    return none(note, 'unclear', REMARK_CONFIDENCE, [...reasons, 'reports_later']);
  }
  // "Các phường xong hết chưa anh, em tổng hợp gửi quận": beside a question, a bare activity with no tense is what the asker means to do.
  if (decision.status === 'in_progress' && roles.includes('ask') && figure.percent === null && onlyUntoldActivity(signals, telling)) {
    return none(note, 'question', ASKS_TO_CONFIRM_CONFIDENCE, [...reasons, 'asks_then_plans']);
  }
  let confidence = decision.confidence;
  if (roles.includes('ask')) {
    confidence *= ALSO_ASKS_FACTOR;
    reasons.push('also_asks');
  }
  for (const aside of asides) if (aside !== 'question') reasons.push(aside);
  const reading: ReplyReading = {
    status: decision.status,
    percent: decision.percent,
    note,
    confidence: Math.round(confidence * 100) / 100,
    kind: 'report',
    reasons: [...reasons, ...decision.reasons],
  };
  // "Tin lúc sáng em báo chưa xong là nhầm, bên em xong từ hôm qua rồi": clauses a correction withdrew raise no doubt.
  const from = withdrawnUpTo(clauses, roles) + 1;
  const guarded = guardDone(reading, clauses.slice(from), roles.slice(from), signalsByClause.slice(from));
  // "Phường bên cạnh làm xong hết rồi, phường em thì chưa": the done is another's; the unit says it has not begun.
  if (guarded.status === 'none' && saysOwnNotYet(telling)) return ownNotYet(note, reasons);
  // "Hình như xong rồi, em soát lại biểu số liệu rồi báo chính thức": work going on told without status (round 42).
  return guarded.status === 'none' && !roles.includes('ask') && workGoingOnUntold(clauses) ? goingOn(note, reasons) : guarded;
}

/** The last clause a correction withdraws ("… là nhầm", "thật ra …") when a telling clause follows it, or -1. */
function withdrawnUpTo(clauses: readonly Clause[], roles: readonly ClauseRole[]): number {
  const correction = clauses.findLastIndex((clause) => containsPhrase(clause.tokens, CORRECTIONS));
  return correction >= 0 && clauses.some((_, i) => i > correction && roles[i] === 'tell') ? correction : -1;
}

/** Every telling clause with status words is about another round or year ("đợt trước", "năm ngoái", "hồi năm 2021"), named in it or before it. */
function aboutAnotherOccasionOnly(clauses: readonly Clause[], roles: readonly ClauseRole[], signalsByClause: readonly (readonly Signal[])[]): boolean {
  const other = aboutAnotherOccasionByClause(
    clauses.map((clause, i) => (roles[i] === 'tell' ? clause.tokens : [])),
    clauses.map((clause) => clause.tokens),
  );
  const telling = clauses.map((_, i) => i).filter((i) => roles[i] === 'tell');
  const withSignals = telling.filter((i) => (signalsByClause[i]?.length ?? 0) > 0);
  // A figure alone ("đợt trước bên em đạt 90%") has no status words: then every telling clause counts.
  const told = withSignals.length > 0 ? withSignals : telling;
  // "Năm ngoái xong sớm, năm nay mới được 50%": a figure of this round tells too.
  if (telling.some((i) => other[i] !== true && tellsFigure(clauses[i]?.tokens ?? []))) return false;
  return told.length > 0 && told.every((i) => other[i] === true);
}

/**
 * A later clause that says the whole task is done now supersedes what came before ("hôm qua chưa
 * xong, nay đã xong hết rồi"; "tuần trước bị kẹt …, tới hôm nay là xong hết rồi"). And beside a clear
 * done, a blocker told as past or conceded ("lúc đầu thiếu kinh phí", "dù thiếu người") is behind the
 * unit. "xong rồi, còn 2 hộ" keeps its doubt: "còn" is neither.
 */
/** The last telling clause with nothing but a done that names the whole or now ("nay đã xong hết"), or -1. */
function lastWholeDoneNow(signalsByClause: readonly (readonly Signal[])[], clauses: readonly Clause[], roles: readonly ClauseRole[]): number {
  let last = -1;
  signalsByClause.forEach((signals, i) => {
    if (roles[i] !== 'tell' || signals.length === 0 || !signals.every((s) => s.tag.startsWith('done:'))) return;
    if (containsPhrase(clauses[i]?.tokens ?? [], WHOLE_OR_NOW)) last = i;
  });
  return last;
}

/**
 * The telling clauses a figure is read from: after a correction ("em ghi 50% là chưa cập nhật, thực tế
 * đã hoàn thành") or a whole done now ("hôm trước em nhắn 80% là lúc đó, giờ xong hết rồi"), an earlier
 * figure is superseded, as the statuses before it are.
 */
function figureClauses(clauses: readonly Clause[], roles: readonly ClauseRole[], corrected: readonly (readonly Signal[])[]): Clause[] {
  const correction = clauses.findLastIndex((clause) => containsPhrase(clause.tokens, CORRECTIONS));
  const withdrawn = withdrawnUpTo(clauses, roles);
  // The correction and what it says share a clause ("…, thực tế bên em đã hoàn thành"): from the clause.
  const from = Math.max(
    withdrawn >= 0 ? withdrawn + 1 : Math.max(correction, 0),
    lastWholeDoneNow(corrected, clauses, roles),
    recalledUpTo(clauses, roles) + 1,
  );
  return clauses.flatMap((clause, i) => {
    if (i < from || roles[i] !== 'tell') return [];
    if (i !== correction) return [clause];
    const marker = clause.tokens.findLastIndex((_, k) => phraseAt(clause.tokens, k, CORRECTIONS) !== null);
    return [{ ...clause, tokens: clause.tokens.slice(marker) }];
  });
}

function withoutSupersededDenials(signalsByClause: readonly (readonly Signal[])[], clauses: readonly Clause[], roles: readonly ClauseRole[]): Signal[] {
  const last = lastWholeDoneNow(signalsByClause, clauses, roles);
  const clearDoneAnywhere = signalsByClause.some((signals, i) => roles[i] === 'tell' && signals.some((s) => s.tag.startsWith('done:')));
  if (!clearDoneAnywhere) {
    // "Hôm qua cúp điện nên chậm, nay đang làm tiếp", "tối qua mất điện …, giờ ngồi làm lại": beside work going on or redone now, a blocker told as past is behind the unit.
    const ongoingNow = signalsByClause.some(
      (signals, i) => roles[i] === 'tell' && signals.some((s) => s.tag.startsWith('ongoing:') || s.tag.startsWith('undone:')),
    );
    if (!ongoingNow) return signalsByClause.flat();
    // "Hồ sơ bị huyện trả về vì thiếu giấy xác nhận, em đang bổ sung lại rồi": the lack sent it back; the unit is redoing it now (round 38).
    const workingAfter = (i: number) => signalsByClause.some((signals, j) => j > i && roles[j] === 'tell' && signals.some((s) => s.tag.startsWith('ongoing:')));
    const sentBack = (signals: readonly Signal[]) => signals.some((s) => s.tag.startsWith('undone:') && s.status === 'blocked');
    // "Biển động nên tạm dừng 2 hôm, giờ đi tiếp rồi": the halt before work resumed now (round 44).
    const resumedAfter = (i: number) => roles[i + 1] === 'tell' && resumedNow(clauses[i + 1]?.tokens ?? []);
    return signalsByClause.flatMap((signals, i) =>
      behindTheUnit(clauses[i]?.tokens ?? []) || (sentBack(signals) && workingAfter(i)) || resumedAfter(i)
        ? signals.filter((s) => s.status !== 'blocked')
        : signals,
    );
  }
  return signalsByClause.flatMap((signals, i) => {
    if (i < last) return signals.filter((s) => s.status === 'done');
    if (behindTheUnit(clauses[i]?.tokens ?? [])) return signals.filter((s) => s.status !== 'blocked');
    if (overcomeNext(clauses[i + 1], signalsByClause[i + 1], roles[i + 1])) return signals.filter((s) => s.status !== 'blocked' || s.strong);
    return signals;
  });
}

/** "Em bấm nhầm nút đang làm ạ, thật ra bên em chưa bắt đầu": what precedes a correction is withdrawn. */
function withoutCorrected(signalsByClause: readonly (readonly Signal[])[], clauses: readonly Clause[]): readonly (readonly Signal[])[] {
  let last = -1;
  clauses.forEach((clause, i) => {
    if (containsPhrase(clause.tokens, CORRECTIONS)) last = i;
  });
  if (last < 0) return signalsByClause;
  const afterwards = signalsByClause.slice(last + 1);
  if (afterwards.every((signals) => signals.length === 0)) {
    // The correction and its content share a clause: keep what follows the marker in it.
    const tokens = clauses[last]?.tokens ?? [];
    let rest: string[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const marker = phraseAt(tokens, k, CORRECTIONS);
      if (marker) rest = tokens.slice(marker.end);
    }
    return signalsByClause.map((signals, i) => (i < last ? [] : i === last ? readSignals({ tokens: rest, asked: false }) : signals));
  }
  return signalsByClause.map((signals, i) => (i <= last ? [] : signals));
}

/** "có 1 tổ làm chậm, nhưng hôm qua đã nộp": the next clause turns on "nhưng" and says it was done after all. */
function overcomeNext(clause: Clause | undefined, signals: readonly Signal[] | undefined, role: ClauseRole | undefined): boolean {
  if (!clause || !signals || role !== 'tell' || clause.tokens[0] !== 'nhung') return false;
  return signals.length > 0 && signals.every((s) => s.status === 'done') && clause.tokens.includes('da');
}

/** "lúc đầu thiếu kinh phí", "dù thiếu người": told as past or conceded, unless it goes on ("tuần trước gửi mà phòng chưa duyệt"). */
function behindTheUnit(tokens: readonly string[]): boolean {
  const past = Math.max(indexOfPhrase(tokens, PAST_OR_CONCESSIVE), lateBy(tokens));
  return past >= 0 && indexOfPhrase(tokens, STILL_NOW, past + 1) < 0;
}

/** Late by a time or against the deadline: "trễ 3 ngày", "muộn 1 ngày", "hơi chậm so với hạn". */
const LATE = ['tre', 'muon', 'cham'];
const AGAINST = ['so voi', 'so han', 'han', 'mat'];

/** Where a lateness is said ("chậm 2 ngày so với hạn do chờ số liệu": the wait explains a delay behind the unit), or -1. */
function lateBy(tokens: readonly string[]): number {
  return tokens.findIndex((token, i) => LATE.includes(token) && (isNumber(tokens[i + 1]) || phraseAt(tokens, i + 1, AGAINST) !== null));
}

/** "bị trả lại hôm trước, em đã sửa và nộp lại rồi": work sent back and then done again is no longer undone. */
function withoutRedone(signalsByClause: Signal[][], clauses: readonly Clause[]): Signal[][] {
  let lastClearDone = -1;
  signalsByClause.forEach((signals, i) => {
    const tokens = clauses[i]?.tokens ?? [];
    if (signals.some((s) => s.tag.startsWith('done:')) && (tokens.includes('da') || tokens.includes('roi'))) lastClearDone = i;
  });
  return signalsByClause.map((signals, i) => (i < lastClearDone ? signals.filter((s) => !s.tag.startsWith('undone:')) : signals));
}
