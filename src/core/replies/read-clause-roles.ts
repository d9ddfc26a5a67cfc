import { DONE_PHRASES, START_VERBS } from './lexicon.ts';
import { asksReceipt, explainsLateTelling, offersFurtherHelp, promisesTreat, widensTold } from './detect-courtesy.ts';
import { isQuestionClause } from './detect-question.ts';
import { NEGATIONS } from './lexicon-modifiers.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import {
  ADDRESSEES,
  FORWARDING_MARKERS,
  SELF_SUBJECTS,
  OTHER_TOPIC,
  TELLING_MARKERS,
  WRONG_THREAD,
  THIS_TOPIC,
  TOPIC_HEADS,
  TOPIC_LEADS,
} from './lexicon-clause-roles.ts';
import { FUTURE_TIMES } from './lexicon-done-standing.ts';
import { containsIn, containsPhrase, indexOfPhrase, indexPhrases, phraseAt, phraseAtIn } from './match-phrases.ts';
import { seeksConfirmation } from './detect-confirmation-ask.ts';
import { haltedFromAbove } from './detect-halt.ts';
import { askedNotGiven } from './detect-asked-not-given.ts';
import type { Clause, ClauseRole } from './types.ts';
import { handsOverShift, handsTaskOn } from './detect-hand-over.ts';
import { addressesGroup } from './detect-addressed-to-group.ts';
import { reportsForUnit } from './detect-reporting-for-unit.ts';
import { firstContent, startsWithSelf, TOLD_AS_HAPPENED } from './clause-subject.ts';
import { opensOnPeers, opensWithSeenPeers, relaysOthersStatus, seenOnChannel } from './detect-relayed-status.ts';
import { othersMishapHoldsUnit } from './read-cause-unable.ts';
import { deniedNoneFrom } from './read-none-of-denied.ts';
import { deadlineAhead, groupAt, instructsGroup, isRequest } from './detect-request.ts';

const FORWARDING = indexPhrases(FORWARDING_MARKERS);
const WRONG = indexPhrases(WRONG_THREAD);
const TOPICS = indexPhrases(TOPIC_HEADS);
/** Bodies other than the unit's own parts: a clause opening on one beside the unit's sent summary is theirs. */
const OTHER_BODIES = indexPhrases(['phuong', 'xa', 'hoi', 'doan', 'cong an', 'ubnd', 'truong', 'tram', 'thi tran', 'quan', 'huyen', 'ben']);
const SENT_FOR_REFERENCE = indexPhrases(['tham khao', 'de anh so sanh', 'de anh nam', 'de chi nam', 'de anh biet', 'de chi biet', 'chuyen tiep', 'forward']);
const UNIT_HEADS = indexPhrases(['ben', 'phuong', 'xa', 'hoi', 'doan', 'cong an', 'ubnd', 'to', 'khu pho', 'thon', 'ap', 'truong', 'tram', 'cac']);

/** "mai họp mấy giờ", "họp ở đâu", "phòng họp nào": a meeting's time or place, and no status word. */
const WHEN_OR_WHERE = ['may gio', 'luc may gio', 'o dau', 'phong nao', 'khi nao', 'hoi truong nao'];
function asksMeetingLogistics(tokens: readonly string[]): boolean {
  if (!tokens.includes('hop') || !containsPhrase(tokens, WHEN_OR_WHERE)) return false;
  return !tokens.some((_, k) => phraseAt(tokens, k, DONE_PHRASES) || (phraseAt(tokens, k, START_VERBS) && tokens[k] !== 'hop'));
}

/** "không phải bên em", "không phải việc của xã em": the unit disowns the task. */
const NOT_OURS = ['khong phai ben em', 'khong phai ben minh', 'khong phai viec cua', 'khong phai cua ben em', 'khong phai phuong em', 'khong phai xa em'];
function notOurs(tokens: readonly string[]): boolean {
  return containsPhrase(tokens, NOT_OURS);
}

/** "khu phố nào cũng …", "tổ nào cũng …": each of the unit's parts. */
function everyPartOfUnit(tokens: readonly string[]): boolean {
  const at = tokens.indexOf('nao');
  return at > 0 && at <= 3 && tokens[at + 1] === 'cung';
}

/** "bên một cửa đã nhận", "văn thư đã tiếp nhận đủ": someone received it, and nothing else is told. */
const RECEIVED = ['da nhan', 'da nhan duoc', 'da nhan du', 'da tiep nhan', 'nhan du roi', 'nhan roi', 'nhan duoc roi'];
function receiptConfirmed(tokens: readonly string[]): boolean {
  const at = indexOfPhrase(tokens, RECEIVED);
  return at > 0 && !tokens.some((t) => NEGATIONS.includes(t));
}

/** After "còn": a few or a number of bodies ("mấy xã", "3 huyện", "vài phường"). */
const BODY_NOUNS = ['xa', 'phuong', 'huyen', 'quan', 'tinh', 'don vi', 'thi tran'];
function restOfBodies(tokens: readonly string[]): boolean {
  const k = ['may', 'vai', 'mot so'].includes(tokens[1] ?? '') || /^\d+$/.test(tokens[1] ?? '') ? 2 : 1;
  return phraseAt(tokens, k, BODY_NOUNS) !== null;
}

/** Open a wish: "chúc" is always to others; "mong", "hy vọng" only with others named ("hy vọng thứ 6 xong" is the unit's own hope). */
const WISHES = ['mong', 'hy vong', 'hi vong', 'mong rang'];

/** Tells what has happened inside a wish ("vẫn" is left out: "vận động" folds like it). */
const TOLD_IN_WISH = ['da', 'dang', 'roi', 'chua', 'bi'];

function wishesOthers(tokens: readonly string[]): boolean {
  const start = firstContent(tokens);
  if (tokens[start] === 'chuc' && tokens[start + 1] !== 'mung') return true;
  return phraseAt(tokens, start, WISHES) !== null && (containsPhrase(tokens, ADDRESSEES) || groupAt(tokens, start + 1) !== null);
}

/** Roles of the reply's clauses, decided clause by clause and then across the reply. */
export function readClauseRoles(clauses: readonly Clause[]): ClauseRole[] {
  const roles: ClauseRole[] = clauses.map(roleOf);
  const wishedBefore: boolean[] = clauses.map(() => false);
  // After a report, "có gì anh chỉ đạo thêm", "anh nhận được chưa ạ": a courtesy to the lead, no status told or asked.
  for (let i = 1; i < clauses.length; i++) {
    const tokens = clauses[i]?.tokens ?? [];
    if (roles.slice(0, i).includes('tell') && (offersFurtherHelp(tokens) || asksReceipt(tokens))) roles[i] = 'request';
  }
  // "Hôm kia là xong rồi anh ạ, tại em đi bản không có sóng nên giờ mới báo được": why the report is late, beside it.
  clauses.forEach((clause, i) => {
    if (explainsLateTelling(clause.tokens) && roles.some((role, j) => j !== i && role === 'tell')) roles[i] = 'request';
    // "xong đợt này em mời cà phê": a treat promised for the finish, talk beside the work.
    if (roles[i] === 'tell' && promisesTreat(clause.tokens)) roles[i] = 'request';
    // "…, kể cả mấy người đang đi làm ăn xa": who the report before covers, not a status of its own.
    if (i > 0 && roles[i] === 'tell' && roles[i - 1] === 'tell' && widensTold(clause.tokens)) roles[i] = 'request';
  });
  // "Chúc các tổ đi vận động thuận lợi, hoàn thành sớm nhiệm vụ": a wish goes on past a comma, until a clause tells something.
  for (let i = 0; i < clauses.length; i++) {
    const tokens = clauses[i]?.tokens ?? [];
    if (roles[i] === 'tell' && wishesOthers(tokens) && indexOfPhrase(tokens, TOLD_IN_WISH) < 0) roles[i] = 'request';
  }
  for (let i = 1; i < clauses.length; i++) {
    const previous = clauses[i - 1]?.tokens ?? [];
    const tokens = clauses[i]?.tokens ?? [];
    const wishing = wishesOthers(previous) || (roles[i - 1] === 'request' && wishedBefore[i - 1] === true);
    if (wishing && roles[i] === 'tell' && indexOfPhrase(tokens, TOLD_IN_WISH) < 0 && !startsWithSelf(tokens)) {
      roles[i] = 'request';
      wishedBefore[i] = true;
    }
  }
  // "…, khu phố nào cũng đã dán thông báo": every part of the unit, not another body; "…, bên một cửa đã nhận": the recipient confirms the unit's delivery.
  for (let i = 1; i < clauses.length; i++) {
    const tokens = clauses[i]?.tokens ?? [];
    if (roles[i] !== 'relay' || clauses[i]?.quoted) continue;
    const toldDone = roles.slice(0, i).some((role, j) => role === 'tell' && containsPhrase(clauses[j]?.tokens ?? [], DONE_PHRASES));
    if (everyPartOfUnit(tokens) || (toldDone && receiptConfirmed(tokens))) roles[i] = 'tell';
  }
  // "phát tận tay từng cụ rồi, hông sót ai": after a telling clause, no one missed is the report's reach, not an order.
  for (let i = 1; i < clauses.length; i++) if (roles[i] === 'request' && roles[i - 1] === 'tell' && noneMissed(clauses[i]?.tokens ?? [])) roles[i] = 'tell';
  // "Thấy phường An Cựu, An Đông xong cả rồi": a relay that names others and tells nothing goes on into the list's rest.
  for (let i = 1; i < clauses.length; i++) {
    const previous = clauses[i - 1]?.tokens ?? [];
    const tokens = clauses[i]?.tokens ?? [];
    const seenList = (roles[i - 1] === 'relay' || roles[i - 1] === 'tell') && opensWithSeenPeers(previous) && indexOfPhrase(previous, TELLING_MARKERS) < 0;
    if (seenList && roles[i] === 'tell' && !startsWithSelf(tokens) && !tokens.includes('con')) {
      roles[i - 1] = 'relay';
      roles[i] = 'relay';
    }
  }
  // "Mấy xã vùng thấp xong hết rồi, em xem trên nhóm huyện": peers' status seen in a group is theirs, and the seeing tells nothing.
  const seenAt = clauses.findIndex((clause, i) => roles[i] === 'tell' && seenOnChannel(clause.tokens));
  if (seenAt >= 0) {
    const peersTold = clauses.filter((clause, i) => i !== seenAt && roles[i] === 'tell' && opensOnPeers(clause.tokens));
    if (peersTold.length > 0) {
      clauses.forEach((clause, i) => {
        if (i === seenAt || peersTold.includes(clause)) roles[i] = 'relay';
      });
    }
  }
  // "Cả huyện xong 85% rồi, còn mấy xã vùng sâu": what is left of the relayed body's work is still theirs.
  for (let i = 1; i < clauses.length; i++) {
    const tokens = clauses[i]?.tokens ?? [];
    if (roles[i - 1] === 'relay' && roles[i] === 'tell' && tokens[0] === 'con' && !startsWithSelf(tokens) && restOfBodies(tokens)) roles[i] = 'relay';
  }
  // "Xong rồi anh. Mà anh ơi mai họp mấy giờ vậy": after a report, a question about a meeting's time or place asks nothing of the task.
  for (let i = 1; i < clauses.length; i++) {
    if (roles[i] === 'ask' && roles.slice(0, i).includes('tell') && asksMeetingLogistics(clauses[i]?.tokens ?? [])) roles[i] = 'request';
  }
  // "Thứ 2 tuần sau Ban Chỉ đạo kiểm tra, các đơn vị chuẩn bị hồ sơ": beside an instruction to groups, a future event told by no one of the unit announces it.
  const instructs = clauses.some((clause, i) => roles[i] === 'request' && instructsGroup(clause.tokens, 0));
  if (instructs) {
    clauses.forEach((clause, i) => {
      if (
        roles[i] === 'tell' &&
        !startsWithSelf(clause.tokens) &&
        containsPhrase(clause.tokens, FUTURE_TIMES) &&
        !clause.tokens.some((t) => TOLD_AS_HAPPENED.includes(t))
      )
        roles[i] = 'request';
    });
  }
  // "UBND cho tạm hoãn ra quân đến khi có thông báo mới": a body above halting the unit's work tells the unit's state;
  // so does another body's mishap that leaves the unit unable ("bên viễn thông cắt cáp nên bên em chưa gửi được").
  for (let i = 0; i < clauses.length; i++) {
    const tokens = clauses[i]?.tokens ?? [];
    // … and so does another body's promise not kept ("Bên công ty hẹn gửi danh sách hoài mà chưa thấy gửi"): the unit waits.
    if (roles[i] === 'relay' && !clauses[i]?.quoted && (haltedFromAbove(tokens) || othersMishapHoldsUnit(tokens) || askedNotGiven(tokens))) roles[i] = 'tell';
  }
  // "Xong rồi hả anh, hay còn phải nộp gì nữa": "hay …" after a question offers the other choice, still asking.
  for (let i = 1; i < clauses.length; i++) {
    const tokens = clauses[i]?.tokens ?? [];
    if (roles[i] !== 'tell' || tokens[0] !== 'hay' || containsPhrase(tokens, ['hay la xong', 'hay da'])) continue;
    // "Vậy là xong rồi hả anh, hay …": a clause seeking confirmation before the choice asks too.
    if (roles[i - 1] === 'tell' && seeksConfirmation(clauses[i - 1]?.tokens ?? [])) roles[i - 1] = 'ask';
    if (roles[i - 1] === 'ask') roles[i] = 'ask';
  }
  // "Sửa lại giúp em: không phải 80% mà là 60%": asking the lead to correct the unit's own figure tells it.
  for (let i = 0; i < clauses.length; i++) {
    if (roles[i] === 'request' && correctsOwnFigure(clauses[i]?.tokens ?? [])) roles[i] = 'tell';
  }
  // "Đề nghị Công an phường chủ trì, phối hợp các đoàn thể thực hiện": a request goes on past a comma.
  for (let i = 1; i < clauses.length; i++) {
    if (
      roles[i - 1] === 'request' &&
      roles[i] === 'tell' &&
      (indexOfPhrase(clauses[i]?.tokens ?? [], TELLING_MARKERS) < 0 || deadlineOnly(clauses[i]?.tokens ?? [])) &&
      !startsWithSelf(clauses[i]?.tokens ?? [])
    )
      roles[i] = 'request';
  }
  // "Nửa phía bắc xong, phía nam chưa": after a part told done, a part then a bare "chưa" states the contrast.
  for (let i = 1; i < clauses.length; i++) {
    if (roles[i] === 'ask' && roles[i - 1] === 'tell' && containsPhrase(clauses[i - 1]?.tokens ?? [], DONE_PHRASES) && contrastsWithChua(clauses[i]))
      roles[i] = 'tell';
  }
  const forwards = clauses.map((clause) => containsIn(clause.tokens, FORWARDING));
  if (forwards.includes(true)) {
    // "Tất cả các tổ đã nộp đủ, em tổng hợp gửi anh rồi": the unit's own parts summed up and sent; only another body's clause is relayed.
    const ownSummarySent = clauses.every((clause, i) => !forwards[i] || summarySent(clause.tokens));
    // "Phường 3 được 70%, em gửi anh tham khảo": figures forwarded from others are not this unit's report.
    const othersFigures = clauses.some(
      (clause, i) =>
        roles[i] === 'relay' ||
        (roles[i] === 'tell' && !forwards[i] && !startsWithSelf(clause.tokens) && phraseAtIn(clause.tokens, firstContent(clause.tokens), OTHER_BODIES)),
    );
    clauses.forEach((clause, i) => {
      if (roles[i] === 'tell' && (!ownSummarySent || othersFigures) && (forwards[i] || !startsWithSelf(clause.tokens))) roles[i] = 'relay';
    });
  }
  // "Bên mình mới được 50%, phường 3 thì được 70%": beside the unit's own clause, another unit's topic.
  if (clauses.some((clause) => startsWithSelf(clause.tokens))) {
    clauses.forEach((clause, i) => {
      if (roles[i] === 'tell' && !startsWithSelf(clause.tokens) && namesUnitTopic(clause.tokens)) roles[i] = 'relay';
    });
  }
  // "Việc này phường 2 làm, không phải bên em": the task is another unit's; nothing is this unit's report.
  // "Kính gửi các thôn: đề nghị …", "Thông báo của huyện: …": the whole message is addressed to the group.
  if (addressesGroup(clauses[0]?.tokens ?? [])) return roles.map((role) => (role === 'tell' ? 'request' : role));
  // "Em là phó thôn báo thay anh trưởng thôn: thôn đã chi trả hết …": reporting for the unit in its head's place, the status is the unit's own.
  if (clauses.some((clause) => reportsForUnit(clause.tokens)))
    clauses.forEach((clause, i) => {
      if (roles[i] === 'relay' && !clause.quoted) roles[i] = 'tell';
    });
  // "Việc này em bàn giao lại cho anh Tài rồi": the task handed on to someone else; nothing is this unit's report either.
  if (clauses.some((clause) => notOurs(clause.tokens) || handsTaskOn(clause.tokens))) return roles.map((role) => (role === 'tell' ? 'relay' : role));
  // "Phòng LĐTBXH vừa gọi giục, nói mấy xã quanh mình chi trả xong hết cả rồi": the body's words carry on.
  clauses.forEach((clause, i) => {
    if (roles[i] === 'tell' && roles[i - 1] === 'relay' && speechOpens(clause)) roles[i] = 'relay';
  });
  // "Bàn giao ca trực cho anh Hưng rồi": a shift handed over is another duty.
  clauses.forEach((clause, i) => {
    if (roles[i] === 'tell' && handsOverShift(clause.tokens)) roles[i] = 'other_task';
  });
  // "Việc kiểm tra PCCC xong rồi, em báo nhầm chỗ": the whole reply belongs to another task.
  // "Tin hồi nãy em gửi nhầm nhóm, bên em vẫn đang chờ danh sách": the earlier message was misdirected; what the unit tells after it is this one's report.
  const wrongAt = clauses.findLastIndex((clause) => containsIn(clause.tokens, WRONG));
  if (wrongAt >= 0) {
    const toldAfter = clauses.some((clause, i) => i > wrongAt && roles[i] === 'tell' && startsWithSelf(clause.tokens));
    return roles.map((role, i) => (role === 'tell' && (!toldAfter || i <= wrongAt) ? 'other_task' : role));
  }
  const topics = clauses.map((clause) => topicOf(clause.tokens));
  const speaksOfThis = topics.some((topic) => topic === 'this');
  topics.forEach((topic, i) => {
    if (roles[i] !== 'tell') return;
    // Beside "còn việc này…", any clause naming a job ("đợt tổng vệ sinh xong", "xong cái báo cáo quý") is about another.
    const namesAJob = topic === 'named' || (topic === null && containsIn(clauses[i]?.tokens ?? [], TOPICS));
    if (topic === 'other' || (speaksOfThis && namesAJob)) roles[i] = 'other_task';
  });
  return roles;
}

/** "không phải 80% mà là 60%", "không phải 3 tổ mà là 5/9 tổ": one figure put right by another. */
function correctsOwnFigure(tokens: readonly string[]): boolean {
  const not = indexOfPhrase(tokens, ['khong phai']);
  if (not < 0) return false;
  const but = indexOfPhrase(tokens, ['ma la'], not + 2);
  return but > not + 2 && /^\d/.test(tokens[but + 2] ?? '') && tokens.slice(not + 2, but).some((t) => /^\d/.test(t));
}

/** A clause, with no question mark, that ends on "chưa" after a subject, no done or start verb before it ("phía nam chưa", not "xong chưa"). */
function contrastsWithChua(clause: Clause | undefined): boolean {
  if (!clause || clause.asked) return false;
  const { tokens } = clause;
  let end = tokens.length;
  while (end > 0 && PARTICLES.includes(tokens[end - 1] ?? '')) end--;
  if (end < 2 || tokens[end - 1] !== 'chua') return false;
  const before = tokens.slice(0, end - 1);
  return !before.some((_, k) => phraseAt(before, k, DONE_PHRASES) || phraseAt(before, k, START_VERBS));
}

/** "em tổng hợp gửi anh rồi", "đã/đang tổng hợp gửi anh": the summary told as sent or being made, not passed on for reference. */
function summarySent(tokens: readonly string[]): boolean {
  const at = tokens.indexOf('tong');
  if (at < 0 || tokens[at + 1] !== 'hop' || containsIn(tokens, SENT_FOR_REFERENCE)) return false;
  // "em đang tổng hợp gửi anh": the unit's own summing up, under way.
  return tokens.slice(0, at).some((t) => t === 'da' || t === 'dang') || tokens.slice(at).includes('roi');
}

/** "…, ban gửi báo cáo về Văn phòng trước 16h": a deadline ahead and nothing told past goes on with the request before it. */
function deadlineOnly(tokens: readonly string[]): boolean {
  return deadlineAhead(tokens) && !tokens.some((t) => t === 'da' || t === 'roi' || t === 'dang');
}

/** Units named as a topic beside the unit's own: "phường 3 thì được 70%". */
function namesUnitTopic(tokens: readonly string[]): boolean {
  const start = firstContent(tokens);
  if (!phraseAtIn(tokens, start, UNIT_HEADS)) return false;
  for (let i = start + 1; i < Math.min(tokens.length, start + 5); i++) if (tokens[i] === 'thi') return true;
  return false;
}

function roleOf(clause: Clause): ClauseRole {
  if (clause.quoted) return 'relay';
  if (isQuestionClause(clause)) return 'ask';
  // "không có tổ nào báo thiếu": a report denied, nobody passing one on.
  const denied = deniedNoneFrom(clause.tokens);
  if (relaysOthersStatus(denied >= 0 ? clause.tokens.slice(0, denied) : clause.tokens, clause.notSpeech)) return 'relay';
  if (isRequest(clause.tokens)) return 'request';
  return 'tell';
}

/** Speech verbs that may open a clause with their subject left in the clause before ("…, nói …", "…, bảo là …"). */
const SPEECH_OPENERS = ['noi', 'bao', 'nhan', 'keu'];

/** A clause opening on a speech verb (as written, not "nội", "bão"), its subject the clause before. */
function speechOpens(clause: Clause): boolean {
  const start = firstContent(clause.tokens);
  return SPEECH_OPENERS.includes(clause.tokens[start] ?? '') && !(clause.notSpeech ?? []).includes(start);
}

/**
 * "Cảm ơn anh em dân quân đã hoàn thành nhiệm vụ trong đêm mưa bão": thanks for what others did (no self after "đã")
 * tells nothing of the unit; its words are no status.
 */
export function thanksOthers(tokens: readonly string[]): boolean {
  const start = firstContent(tokens);
  if (phraseAt(tokens, start, ['cam on']) === null) return false;
  // The thanked stand between "cảm ơn" and "đã" ("anh em dân quân"); a self after it tells the unit's own part.
  const da = tokens.indexOf('da', start + 2);
  return da > 0 && !containsPhrase(tokens.slice(da), SELF_SUBJECTS);
}

type Topic = 'this' | 'other' | 'named' | null;

/** Words that make a noun with a following "đồ/độ/đô", which folds like "đó" (that): "bản đồ", "sơ đồ", "tiến độ", "chế độ". */
const NOUNS_BEFORE_DO = ['ban', 'so', 'bieu', 'hoa', 'tien', 'che', 'muc', 'trinh', 'thai', 'nhiet', 'thu', 'do'];

/** "việc này chưa làm" (this), "mấy cái khác xong hết" (other), "vụ tuyên truyền thì xong" (named). */
function topicOf(tokens: readonly string[]): Topic {
  let i = 0;
  while (i < tokens.length && (phraseAt(tokens, i, TOPIC_LEADS) || PARTICLES.includes(tokens[i] ?? ''))) i++;
  const head = phraseAt(tokens, i, TOPIC_HEADS);
  // "…, còn buổi ngoại khóa chống ma túy này lớp em làm rồi": after a contrast, a task named at length then "này".
  if (thisAfterContrast(tokens, head?.end ?? 1)) return 'this';
  if (!head) return null;
  const limit = Math.min(tokens.length, head.end + 6);
  for (let j = head.end; j < limit; j++) {
    if (phraseAt(tokens, j, THIS_TOPIC) && j <= head.end + 2 && !(tokens[j] === 'do' && NOUNS_BEFORE_DO.includes(tokens[j - 1] ?? ''))) return 'this';
    if (phraseAt(tokens, j, OTHER_TOPIC)) return 'other';
    if (tokens[j] === 'thi') return 'named';
  }
  return null;
}

/** Before "nay", words that make it a time ("năm nay", "chiều nay", "hôm nay"), not "this task". */
const TIME_BEFORE_NAY = ['nam', 'hom', 'sang', 'chieu', 'toi', 'trua', 'tuan', 'thang', 'bua', 'dao', 'luc', 'gio', 'ngay', 'dem', 'khuya', 'hien', 'bay'];
/** How far after "còn" a long task name may run to its "này". */
const CONTRAST_REACH = 8;

/** "còn buổi ngoại khóa chống ma túy này …": a clause opening on a contrast names this task, at length. */
export function thisAfterContrast(tokens: readonly string[], from = 1): boolean {
  if (tokens[0] !== 'con') return false;
  for (let j = from; j < Math.min(tokens.length, CONTRAST_REACH + 1); j++) {
    if (tokens[j] === 'nay') return !TIME_BEFORE_NAY.includes(tokens[j - 1] ?? '');
  }
  return false;
}

/** Denials before missing someone: "không", "hông", "ko", "chẳng". */
const NONE_MISSED_DENIALS = ['khong', 'hong', 'ko', 'k', 'chang'];
/** Missing someone or something: "sót", "bỏ sót", "lọt", "thiếu". */
const MISSING = ['sot', 'bo sot', 'lot', 'thieu'];

/** "hông sót ai", "không bỏ sót hộ nào", "ko thiếu ai": a clause that only says no one was missed. */
function noneMissed(tokens: readonly string[]): boolean {
  const start = firstContent(tokens);
  return NONE_MISSED_DENIALS.includes(tokens[start] ?? '') && phraseAt(tokens, start + 1, MISSING) !== null && tokens.length - start <= 6;
}
