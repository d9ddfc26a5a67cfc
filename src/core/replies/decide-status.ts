import type { PercentReading } from './read-percent.ts';
import type { Signal, SignalStatus } from './types.ts';

export interface StatusDecision {
  status: SignalStatus;
  percent: number | null;
  confidence: number;
  reasons: string[];
}

/**
 * Weighs the evidence. Order of precedence: a blocker (the committee must hear of it), a stated
 * figure, an outright done, ongoing work, an outright "not yet", then the weak hints.
 * Done is only chosen when nothing in the reply says the work is unfinished.
 */
export function decideStatus(signals: readonly Signal[], figure: PercentReading): StatusDecision | null {
  const strong = (status: SignalStatus) => signals.some((s) => s.status === status && s.strong);
  const any = (status: SignalStatus) => signals.some((s) => s.status === status);
  const tagged = (prefix: string) => signals.some((s) => s.tag.startsWith(prefix));
  const doneSaid = strong('done');
  const unfinishedSaid = tagged('done_negated') || tagged('done_ahead') || tagged('done_illusory') || tagged('undone:') || figure.notReached;
  const percent = figure.percent;

  // "không xong được, đang làm tiếp": a weak "cannot" beside outright ongoing work is progress.
  // "xong rồi mà bị bác, giờ phải làm lại": sent back and being redone is progress too.
  if (any('blocked') && !strong('blocked') && strong('in_progress') && (!doneSaid || tagged('undone:')))
    return decision('in_progress', below100(percent), 0.7, 'unable_but_ongoing');
  if (any('blocked')) {
    const sure = strong('blocked') ? 0.9 : 0.72;
    if (doneSaid || percent === 100) return decision('blocked', below100(percent), 0.5, 'done_but_blocked');
    return decision('blocked', below100(percent), sure, 'blocked');
  }
  if (percent !== null) {
    if (percent === 100) {
      if (unfinishedSaid) return decision('in_progress', null, 0.5, 'hundred_but_unfinished');
      // "đạt 100% chỉ tiêu, tuy nhiên vẫn đang tiếp tục rà soát bổ sung": work still going on (a bare "đang" may be "đăng ký").
      if (signals.some((s) => s.status === 'in_progress' && s.strong && s.tag !== 'ongoing:dang'))
        return decision('in_progress', null, 0.7, 'hundred_but_ongoing');
      return decision('done', 100, 0.95, 'percent_full');
    }
    // "Số con chưa tiêm hiện là 0": the zero counts what is left undone, so nothing is left (round 41).
    if (percent === 0 && tagged('done:zero_left') && !unfinishedSaid) return decision('done', 100, 0.8, 'zero_left');
    if (percent === 0 && !strong('in_progress')) return decision('not_started', 0, 0.85, 'percent_zero');
    return decision('in_progress', percent, 0.93, 'percent_partial');
  }
  if (doneSaid) {
    if (unfinishedSaid) return decision('in_progress', null, 0.55, 'done_and_not_done');
    if (strong('in_progress')) return decision('in_progress', null, 0.7, 'part_done_part_ongoing');
    // "Chưa làm, mai bắt đầu, 2 ngày là xong": not begun, the start ahead, so the done lies ahead too.
    if (strong('not_started') && tagged('start_ahead') && !tagged('done_count')) return decision('not_started', null, 0.5, 'start_ahead_then_done');
    if (strong('not_started')) return decision('in_progress', null, 0.5, 'done_and_not_started');
    return decision('done', 100, 0.92, 'done');
  }
  // "chưa triển khai, đang chuẩn bị kế hoạch": only getting ready beside an outright "not begun".
  const onlyPreparing = signals
    .filter((s) => s.status === 'in_progress' && s.strong)
    .every((s) => s.tag.startsWith('ongoing_prep:') || s.tag === 'ongoing:dang' || s.tag === 'done_step');
  // "đã phân công xong người phụ trách nhưng chưa triển khai": a preparing step finished is still getting ready.
  if (strong('not_started') && onlyPreparing && (tagged('ongoing_prep:') || tagged('done_step')))
    return decision('not_started', null, 0.75, 'not_started_preparing');
  // "Xong phần rà soát rồi, phần nhập liệu chưa làm": a part finished beside a part not begun is progress.
  if (strong('not_started') && (tagged('done_count') || tagged('done_partly'))) return decision('in_progress', null, 0.7, 'part_done_part_not_started');
  if (strong('in_progress')) return decision('in_progress', null, 0.9, 'ongoing');
  // "Chưa, thứ 4 em làm": a bare "not yet" with only hints of doing is not started.
  if (tagged('bare_not_yet') && !tagged('done_negated')) return decision('not_started', null, 0.7, 'not_yet_then_plan');
  if (strong('not_started')) return decision('not_started', null, 0.88, 'not_started');
  if (tagged('done_negated')) return decision('in_progress', null, 0.7, 'not_finished');
  // "Đã kiểm tra xong 64 cơ sở": finished a count of parts, and nothing says whether that is all of it.
  if (tagged('done_count') && !signals.some((s) => s.status === 'in_progress' && !s.tag.startsWith('done_count')))
    return decision('in_progress', null, 0.45, 'count_done_unclear_whole');
  // "Tuần sau mới bắt đầu, chắc cuối tháng xong": the start ahead, and only a finish ahead besides.
  const onlyFinishAhead = signals.filter((s) => s.status === 'in_progress').every((s) => FINISH_AHEAD_TAGS.includes(s.tag));
  if (tagged('start_ahead') && onlyFinishAhead) return decision('not_started', null, 0.65, 'start_ahead_finish_ahead');
  if (any('in_progress')) return decision('in_progress', null, 0.7, 'started');
  if (figure.notReached) return decision('in_progress', null, 0.6, 'figure_not_reached');
  if (tagged('start_ahead')) return decision('not_started', null, 0.65, 'start_ahead');
  if (any('not_started')) return decision('not_started', null, 0.5, 'not_yet');
  return null;
}

/** A finish only expected ("chắc cuối tháng xong"), not a hedge on a finish ("về cơ bản đã hoàn thành"). */
const FINISH_AHEAD_TAGS = ['done_ahead:expected', 'done_ahead:se', 'done_ahead:du kien', 'done_ahead:to_come'];

function decision(status: SignalStatus, percent: number | null, confidence: number, reason: string): StatusDecision {
  return { status, percent, confidence, reasons: [reason] };
}

function below100(percent: number | null): number | null {
  return percent !== null && percent < 100 ? percent : null;
}
