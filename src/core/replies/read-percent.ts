import { FILLERS, FUTURE_MARKERS } from './lexicon-modifiers.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { isNumber, modifierBefore, phraseAt, phraseBefore } from './match-phrases.ts';
import { countValue, countedShare, isThousands, measuredShare, withTargetJoined } from './read-measured-share.ts';
import { shareOfPartsDoneAndLeft } from './read-parts-left.ts';
import type { Clause } from './types.ts';

export interface PercentReading {
  /** the last figure stated as already reached, 0..100 */
  percent: number | null;
  /** "chưa đạt 100%", "chưa được 50%": a stated figure not yet reached */
  notReached: boolean;
  reasons: string[];
}

/** Words after which a bare number is a percentage: "tiến độ 50", "ht 80". */
const LEAD_INS = [
  // "mới được có 1/4"
  'duoc co',
  'tien do',
  'dat',
  'duoc',
  'hoan thanh',
  'xong',
  'khoang',
  'tam',
  'la',
  'muc',
  'chung',
  'uoc chung',
  'uoc tinh',
  'khoang chung',
  'gan',
  'hon',
  'non',
];
/** "hơn nửa", "quá nửa", "gần nửa": a share below the whole with no figure ("hơn nửa tháng" is time). */
const ROUGH_SHARES = [
  'phan lon',
  'hon nua',
  'qua nua',
  'gan nua',
  'non nua',
  'hon mot nua',
  'qua mot nua',
  'gan mot nua',
  'hon phan nua',
  'qua phan nua',
  'gan phan nua',
];
const TIME_AFTER_SHARE = ['ngay', 'bua', 'hom', 'tieng', 'gio', 'phut', 'tuan', 'thang', 'nam', 'buoi', 'ky', 'doi', 'chang duong'];
/** Before a figure, an estimate of where the work is now, not a forecast ("chắc tầm 60%", not "chắc mai 100%"). */
const ESTIMATES = ['chac', 'chac la', 'chac tam', 'chac khoang', 'chac chung', 'chac cung', 'chac duoc'];
/** Before a figure, "almost": the figure is not reached yet ("gần 100%", "xong gần 2/3"). */
const ALMOST = ['gan', 'gan nhu', 'sap'];
const HALF = ['mot nua', '1 nua', 'nua chang', 'duoc nua', 'phan nua', 'duoc phan nua', 'half', 'duoc chung nua', 'duoc khoang nua', 'duoc tam nua'];
/** Fractions in words: "một phần ba" → 33, "ba phần tư" → 75. */
const WORD_FRACTIONS: Readonly<Record<string, number>> = {
  'mot phan ba': 33,
  '1 phan ba': 33,
  'hai phan ba': 67,
  '2 phan ba': 67,
  'mot phan tu': 25,
  '1 phan tu': 25,
  'ba phan tu': 75,
  '3 phan tu': 75,
  'mot phan nam': 20,
  'hai phan nam': 40,
  'ba phan nam': 60,
  'bon phan nam': 80,
};
const WORD_FRACTION_PHRASES = Object.keys(WORD_FRACTIONS);
/** After "6/8": what is counted, so "6/8 tổ" is a share, not the 6th of August. */
export const COUNTED = [
  'to',
  'xom',
  'khom',
  'soc',
  'lang',
  'ho',
  'xa',
  'phuong',
  'khu',
  'khu pho',
  'thon',
  'ap',
  'buoi',
  'ho so',
  'don vi',
  'truong',
  'lop',
  'diem',
  'bep',
  'bep an',
  'cua hang',
  'cum',
  'chi bo',
  'nhom',
  'doi',
  'nguoi',
  'co so',
  'muc',
  'noi dung',
  'chi tieu',
  'phan',
  'viec',
  'nhiem vu',
  'hang muc',
  'bai',
  'tuyen',
  'cuoc',
  'lan',
  'dot',
  'khoa',
  'ban',
  'bo',
  'tieu chi',
  'tieu chuan',
  'cong trinh',
  'doi tuong',
  'truong hop',
  'thanh vien',
  'hoi',
  'chi hoi',
  'bien ban',
  'buoc',
];
/** "8 trong 10", "4 trên tổng số 6": a part out of a whole. */
export const OUT_OF = ['trong', 'tren', 'trong tong so', 'tren tong so', 'trong so'];
/** Before "6/8": a date ("ngày 6/8", "hạn 15/12"). */
const DATE_LEADS = [
  'ngay',
  'hom',
  'thu',
  'sang',
  'chieu',
  'toi',
  'tu',
  'den',
  'han',
  'truoc',
  'sau',
  'luc',
  'vao',
  'dip',
  'nam',
  'thang',
  'tuan',
  'cuoi',
  'dau',
];
const NOT_REACHED = ['chua', 'khong', 'chua dat', 'chua duoc', 'chua toi', 'chua den', 'duoi', 'khong dat', 'khong duoc'];
const PERCENT_FILLERS = [...FILLERS, 'tien do', 'dat', 'khoang', 'tam', 'hoan thanh', 'xong', 'lam', 'la', 'muc', 'nhiem vu', 'chung', 'uoc chung', 'uoc tinh'];

/**
 * The progress figure a reply states: "80%", "80 phần trăm", "tiến độ 50", "45/60 hộ", "một nửa".
 * Figures the unit aims at ("phấn đấu 100%") or has not reached ("chưa đạt 100%") are not progress.
 */
export function readPercent(clauses: readonly Clause[]): PercentReading {
  const reading: PercentReading = { percent: null, notReached: false, reasons: [] };
  for (const { tokens, notFigureWord = [] } of withTargetJoined(clauses)) {
    for (let i = 0; i < tokens.length; i++) {
      const rough = phraseAt(tokens, i, ROUGH_SHARES);
      // "phần lớn các hộ", not "phần lớn là do thời tiết": a share of the counted parts.
      const ofParts = rough?.phrase !== 'phan lon' || ['cac', 'so'].includes(tokens[rough.end] ?? '') || phraseAt(tokens, rough.end, COUNTED) !== null;
      if (rough && ofParts && !phraseAt(tokens, rough.end, TIME_AFTER_SHARE)) {
        reading.notReached = true;
        reading.reasons.push('percent_rough_share');
        continue;
      }
      const found = figureAt(tokens, i, notFigureWord);
      if (!found) continue;
      if (shareOfOpinion(tokens, i)) {
        reading.reasons.push('percent_of_opinion');
        continue;
      }
      // "Còn 4/10 hộ chưa đóng": the fraction counts what is left, the work is at the rest (round 45).
      if (found.tag === 'percent_fraction' && fractionLeft(tokens, i)) {
        reading.percent = 100 - found.value;
        reading.reasons.push('percent_fraction_left');
        continue;
      }
      if (shareOfTheLeft(tokens, i)) {
        reading.reasons.push('percent_of_the_left');
        continue;
      }
      if (ofANamedPart(tokens, i)) {
        reading.reasons.push('percent_of_a_part');
        continue;
      }
      const modifier = modifierBefore(tokens, i, { notReached: NOT_REACHED, ahead: FUTURE_MARKERS }, PERCENT_FILLERS);
      const estimate = modifier?.group === 'ahead' && ESTIMATES.includes(modifier.match.phrase) && found.value < 100;
      if (modifier?.group === 'ahead' && ALMOST.includes(modifier.match.phrase)) {
        reading.notReached = true;
        reading.reasons.push('percent_almost');
      } else if (estimate) {
        reading.percent = found.value;
        reading.reasons.push(`${found.tag}_estimated`);
      } else if (modifier?.group === 'notReached') {
        reading.notReached = true;
        reading.reasons.push('percent_not_reached');
      } else if (modifier?.group === 'ahead') {
        reading.reasons.push('percent_target_ignored');
      } else {
        reading.percent = found.value;
        reading.reasons.push(found.tag);
        if (correctsAFigure(tokens, i)) reading.reasons.push('percent_corrected');
      }
    }
  }
  const parts = reading.percent === null && !reading.notReached ? shareOfPartsDoneAndLeft(clauses, COUNTED) : null;
  if (parts !== null) {
    reading.percent = parts;
    reading.reasons.push('percent_parts_done_and_left');
  }
  return reading;
}

/**
 * "không phải 50% mà là 70%": the figure a unit puts in place of one it gave before. It is the unit's own figure
 * even in a reply that asks to fix it ("Anh sửa giúp em với: …"), so the model does not read it as no report.
 */
function correctsAFigure(tokens: readonly string[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 8), i).join(' ');
  return /\b(?:khong|ko|k|hong|chang) phai\b.*\bma(?: la)?$/.test(before);
}

/** After a figure and what it counts: a state of those the work has not reached ("2 trên 5 hộ vắng nhà"). */
const LEFT_STATE =
  /^(?:\S+ ){1,4}?(?:vang nha|vang mat|di vang|di lam an xa|tu choi|khong dong y|chua nop|chua lam|chua tiem|chua den|chua lien lac|khong lien lac)\b/;

/** "còn 4/10 hộ chưa …": "còn" right before a written fraction, a negation a few words after it. */
function fractionLeft(tokens: readonly string[], i: number): boolean {
  return tokens[i - 1] === 'con' && tokens.slice(i + 1, i + 6).includes('chua');
}

/** "Đang làm, có 2 trên 5 hộ vắng nhà": the share counts households not reached, not how far the work is. */
function shareOfTheLeft(tokens: readonly string[], i: number): boolean {
  const after = tokens.slice(i + 1, i + 9).join(' ');
  return LEFT_STATE.test(after) && !/\b(?:da|duoc|xong)\b/.test(after.split(/ (?:vang|di|tu|khong|chua) /)[0] ?? '');
}

/** What people said of the work: "93% hộ đồng ý", "88% đồng thuận" is their view, not its progress. */
const OPINIONS = ['dong y', 'dong thuan', 'tan thanh', 'nhat tri', 'hai long', 'ung ho', 'phan doi', 'khong dong y'];
/** People the share counts, between the figure and the opinion. */
const OPINION_HOLDERS = ['ho', 'so ho', 'nguoi', 'cu tri', 'nguoi dan', 'y kien', 'phu huynh', 'hoi vien', 'dai bieu'];

/** "…, 93% hộ đồng ý": a share of opinion opening its own clause (not "vận động được 80% hộ đồng ý"). */
function shareOfOpinion(tokens: readonly string[], i: number): boolean {
  // "kết quả 91% hài lòng": a result may name the share (round 42).
  const from = tokens[0] === 'ket' && tokens[1] === 'qua' ? 2 : 0;
  if (tokens[i + 1] !== '%' || tokens.slice(from, i).some((t) => !PARTICLES.includes(t))) return false;
  const holder = phraseAt(tokens, i + 2, OPINION_HOLDERS);
  // "…, 96% phụ huynh dự": those who came to a meeting held, not how far the work is (round 42).
  if (holder && phraseAt(tokens, holder.end, ATTENDED)?.end === tokens.length) return true;
  return phraseAt(tokens, holder ? holder.end : i + 2, OPINIONS) !== null;
}
/** Came to it, closing the clause after those counted ("96% phụ huynh dự", "90% cử tri có mặt"). */
const ATTENDED = ['du', 'tham du', 'co mat', 'den du', 'du hop'];

/** After a figure: a named part of the work ("100% phần thực địa", "xong 100% khâu nhập liệu"), not "phần trăm". */
const NAMED_PARTS = ['phan', 'khau', 'buoc', 'hang muc'];

/** "Xong 100% phần thực địa, phần báo cáo đang viết": the figure is of one part, not of the task. */
function ofANamedPart(tokens: readonly string[], i: number): boolean {
  // only a percent ("100%", "80 phần trăm"): "hai phần ba", "9 phần 10" are fractions
  const next = tokens[i + 1] === '%' ? i + 2 : tokens[i + 1] === 'phan' && tokens[i + 2] === 'tram' ? i + 3 : -1;
  return next > 0 && phraseAt(tokens, next, NAMED_PARTS) !== null && tokens[next + 1] !== 'tram';
}

/** A lead-in before the figure, unless it is written as another word ("còn mục 5" is an item, not "mức 5"). */
function leadInBefore(tokens: readonly string[], i: number, notFigureWord: readonly number[]): boolean {
  const leadIn = phraseBefore(tokens, i, LEAD_INS);
  if (leadIn === null || (leadIn.end - leadIn.start === 1 && notFigureWord.includes(leadIn.start))) return false;
  // "là 27" gives a figure of the work only after a word of how far it is ("tiến độ là 60"), not of a count
  // ("danh sách ban đầu là 27", "tổng số là 40").
  return (
    leadIn.phrase !== 'la' ||
    COUNT_BEFORE_LA.every(
      (word) =>
        !tokens
          .slice(Math.max(0, leadIn.start - 4), leadIn.start)
          .join(' ')
          .includes(word),
    )
  );
}

/** Before "là <number>": what is counted, not how far the work is. */
const COUNT_BEFORE_LA = ['ban dau', 'tong', 'so luong', 'danh sach', 'so ho', 'so nguoi', 'con so', 'chi tieu', 'ke hoach'];

/** `notFigureWord`: positions of particles and lead-ins written as another word ("8 nhà" counts houses). */
function figureAt(tokens: readonly string[], i: number, notFigureWord: readonly number[]): { value: number; tag: string } | null {
  const token = tokens[i];
  if (phraseAt(tokens, i, HALF)) return { value: 50, tag: 'percent_half' };
  const words = phraseAt(tokens, i, WORD_FRACTION_PHRASES);
  if (words) return { value: WORD_FRACTIONS[words.phrase] ?? 0, tag: 'percent_fraction_words' };
  // "9 phần 10": a share in digits and words.
  if (isNumber(token) && tokens[i + 1] === 'phan' && isNumber(tokens[i + 2]) && tokens[i - 1] !== '/') {
    const part = Number(token);
    const whole = Number(tokens[i + 2]);
    if (whole > 0 && part <= whole) return { value: Math.round((part / whole) * 100), tag: 'percent_fraction_words' };
  }
  if (!isNumber(token) || tokens[i - 1] === '/') return null;
  const value = Math.round(countValue(token ?? ''));
  if (tokens[i + 1] === '%') return value <= 100 ? { value, tag: 'percent_sign' } : null;
  const measured = measuredShare(tokens, i) ?? countedShare(tokens, i, COUNTED);
  if (measured !== null) return { value: measured, tag: 'percent_measured_share' };
  // "8,2/10 tỷ": the share of the decimal as written, not of its rounding (round 42).
  if (tokens[i + 1] === '/') return fraction(countValue(token ?? ''), tokens, i, leadInBefore(tokens, i, notFigureWord));
  // "8 trong 10 khu phố", "8 trên 10 tổ" → 80%.
  // "3 lớp trong 5 lớp", "4 thôn trong tổng số 6 thôn": the counted noun may come before "trong" too.
  const noun = phraseAt(tokens, i + 1, COUNTED);
  const outOf = phraseAt(tokens, i + 1, OUT_OF) ?? (noun ? phraseAt(tokens, noun.end, OUT_OF) : null);
  if (outOf && isNumber(tokens[outOf.end])) {
    const whole = Number(tokens[outOf.end]);
    if (whole > 0 && value <= whole) return { value: Math.round((value / whole) * 100), tag: 'percent_out_of' };
  }
  const share = shareOfNamedWhole(tokens, i);
  if (share !== null && value <= share) return { value: Math.round((value / share) * 100), tag: 'percent_out_of' };
  const next = tokens[i + 1];
  // "là 42,5ha", "35 ha lúa", "150 kg": a measured quantity ("ha" is also a particle).
  if (MEASURE_UNITS.includes(next ?? '')) return null;
  // "xong 64 cơ sở": a count of things, not a figure ("cơ" is also a particle).
  // "46 thẻ bảo hiểm": a particle-like word ("thẻ" folds like "thế") with more words after it names a thing.
  const endsClause =
    (next === undefined ||
      (((PARTICLES.includes(next) && !notFigureWord.includes(i + 1)) || next === 'roi') &&
        tokens.slice(i + 2).every((t) => PARTICLES.includes(t) || t === 'roi' || t === 'thoi'))) &&
    !phraseAt(tokens, i + 1, COUNTED);
  // "tài khoản định danh mức 2", "xong tổ 3": a level's or a part's number, no figure (round 42).
  // "tiến độ đạt mức 60": a level reached is the figure.
  const numbered = LEVEL_OR_PART.includes(tokens[i - 1] ?? '') && !(tokens[i - 1] === 'muc' && tokens[i - 2] === 'dat');
  if (value <= 100 && endsClause && !numbered && leadInBefore(tokens, i, notFigureWord)) return { value, tag: 'percent_after_lead_in' };
  // "Số hộ đã kiểm tra: 0", "đã gặp được 0 hộ": nothing of it done, like "0/9 tổ".
  const counted = endsClause || phraseAt(tokens, i + 1, COUNTED) !== null;
  // "Số cháu chưa được tuyên truyền: 0" counts what is left, not what is done: the zero is no work left.
  const before = tokens.slice(0, i);
  if (value === 0 && counted && before.some((t) => t === 'da' || t === 'duoc') && !before.includes('chua')) return { value: 0, tag: 'percent_zero_count' };
  return null;
}

/**
 * "45/60 hộ" → 75%, "được 1/2" → 50%, "6/8 tổ" → 75%. Dates ("15/12", "ngày 6/8", "20/11/2025") and
 * document numbers ("45/2023") are not fractions: a third part, a date word before, a denominator of
 * 12 or less with neither a lead-in like "được" nor a counted noun after, or a year.
 */
function fraction(numerator: number, tokens: readonly string[], i: number, ledIn: boolean): { value: number; tag: string } | null {
  const denominatorToken = tokens[i + 2];
  if (!isNumber(denominatorToken) || tokens[i + 3] === '/') return null;
  const denominator = countValue(denominatorToken ?? '');
  const counted = phraseAt(tokens, i + 3, COUNTED) !== null;
  const dated = phraseBefore(tokens, i, DATE_LEADS) !== null;
  if (denominator === 0 || numerator > denominator || dated) return null;
  // "6/8 tổ" counts; "15/12" alone is a date and "45/2023" a document number.
  // "0/12" is no date: nothing of twelve.
  if (denominator <= 12 && !ledIn && !counted && numerator !== 0) return null;
  if (denominator >= 1900 && denominator <= 2100 && !counted && !isThousands(denominatorToken)) return null;
  return { value: Math.round((numerator / denominator) * 100), tag: 'percent_fraction' };
}

/** Before a number, a level or a numbered part: "mức 2", "lớp 9", "tổ 3", "đợt 2". */
const LEVEL_OR_PART = ['muc', 'lop', 'to', 'thon', 'khu', 'dot', 'ap', 'buoc', 'lan', 'khoi', 'tang', 'kp'];

/** Units of measure after a number: an area, a weight, a length, a sum, not a share. */
const MEASURE_UNITS = ['ha', 'kg', 'km', 'm', 'm2', 'm3', 'tan', 'lit', 'trieu', 'ty', 'dong', 'nghin', 'ngan', 'hecta', 'met'];

/** Words that end a counted noun: a verb, a tense or another figure starts something else. */
const NOT_IN_NOUN = ['da', 'dang', 'roi', 'con', 'chua', 'duoc', 'va', 'thi', 'la', 'moi', 'nhung'];

/**
 * "3 kho trong 4 kho", "7 cửa hàng xăng dầu trên tổng số 11 cửa hàng": a number, a noun of any words,
 * then "trong/trên" and the whole, where the whole is named as such ("tổng số", "trong số") or by the
 * same noun again. Returns the whole, or null ("2 hộ trên 5 tầng" names two things).
 */
function shareOfNamedWhole(tokens: readonly string[], i: number): number | null {
  const noun = tokens[i + 1];
  if (noun === undefined || isNumber(noun) || noun === '/' || noun === '%') return null;
  for (let k = i + 2; k <= Math.min(tokens.length - 1, i + 6); k++) {
    const outOf = phraseAt(tokens, k, OUT_OF);
    if (outOf) {
      const whole = tokens[outOf.end];
      if (!isNumber(whole) || Number(whole) <= 0) return null;
      const namedWhole = outOf.phrase.endsWith('so') || tokens[outOf.end + 1] === noun;
      return namedWhole ? Number(whole) : null;
    }
    if (isNumber(tokens[k]) || NOT_IN_NOUN.includes(tokens[k] ?? '')) return null;
  }
  return null;
}
