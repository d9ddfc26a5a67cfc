import { containsPhrase, phraseAt } from './match-phrases.ts';

/** Phrases that put the report off: "em báo anh sau", "lát em báo". */
const REPORT_LATER = ['bao anh sau', 'bao chi sau', 'bao sau', 'bao lai sau', 'bao lai anh sau', 'bao lai chi sau', 'lat em bao', 'ti em bao', 'chut em bao'];
/** The teller as the subject of the report to come. */
const TELLERS = ['em', 'minh', 'toi', 'tui', 'tao'];
/** Sending the figures: "báo", "nhắn", "gửi", "báo cáo". */
const REPORT_VERBS = ['bao cao', 'bao', 'nhan', 'gui'];
/** Business of the teller's own that is not the work: a meeting, a class period, a shift ("họp xong", "hết tiết 4"). */
const BUSINESS = ['hop', 'giao ban', 'tiet', 'gio day', 'ca truc', 'ca', 'buoi hop', 'tiep dan', 'tiep doan'];

/** A snag that may come, reported if it does: "có gì vướng", "nếu vướng", "có khó khăn gì". */
const SNAG_SHOULD_ONE_COME = [
  'co gi vuong',
  'co vuong gi',
  'neu vuong',
  'neu co vuong',
  'co gi kho khan',
  'co kho khan gi',
  'co gi truc trac',
  'co gi phat sinh',
  'co phat sinh gi',
];

/**
 * "Em đang đứng lớp, hết tiết 4 em báo ạ", "họp xong em nhắn anh số liệu": the teller is busy with something
 * other than the work and the report comes once that ends — no status yet.
 */
export function putsReportOff(tokens: readonly string[], earlier: readonly (readonly string[])[] = []): boolean {
  // "có gì vướng em báo anh sau": a snag, should one come, is what is reported later, not the work (round 43).
  if (containsPhrase(tokens, SNAG_SHOULD_ONE_COME)) return false;
  if (containsPhrase(tokens, REPORT_LATER)) return true;
  // "họp xong" counts only when an earlier clause says the teller is at that business now ("trường đang họp
  // chuyên môn"): at a meeting with the people ("đang ở nhà văn hóa thôn 4, họp xong em báo") the meeting is the work.
  const busyWith = (business: string) => earlier.some((clause) => clause.includes('dang') && containsPhrase(clause, [business]));
  for (let k = 1; k < tokens.length; k++) {
    if (!TELLERS.includes(tokens[k] ?? '') || !phraseAt(tokens, k + 1, REPORT_VERBS)) continue;
    const before = tokens.slice(0, k);
    // "họp xong em nhắn", "hết tiết 4 em báo" (not "đang nhập, xong em báo": that "xong" is the work's own).
    if (before[0] === 'het' && before.some((_, j) => phraseAt(before, j, BUSINESS) !== null)) return true;
    if (before[before.length - 1] !== 'xong') continue;
    const ended = before.slice(0, -1);
    if (
      ended.some((_, j) => {
        const business = phraseAt(ended, j, BUSINESS);
        return business !== null && busyWith(business.phrase);
      })
    )
      return true;
  }
  return false;
}
