import { bracketNameEnd } from './bracket-name.ts';
import { matchGroup, type RawGroupName } from './collective-phrase.ts';
import { headingNameRest } from './heading-name-rest.ts';
import { readNewspaperTitle } from './newspaper-names.ts';
import { isBareOffice } from './bare-office.ts';
import { namedSector } from './sector-names.ts';
import { nextTokenAt, type Token } from './tokens.ts';
import { noGapBetween, readPlaceName, readSchoolName, readTitle, withJoinedParts } from './unit-name-parts.ts';
import type { RawUnitName } from './unit-heads.ts';

const LEVEL_GROUP = /^cac (?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho)\b/;

/** a capitalised word that starts another unit or a heading, not a place name */
const UNIT_WORD_AFTER = /^(?:Báo|Đài|Sở|Ban|Hội|Phòng|Ủy|Công|Trung|Tỉnh|Huyện|Thành|Cục|Chi|Đoàn|Văn|Kế|Điều)(?:\s|$)/u;

/** a Vietnamese personal name: a common surname and one to three more capitalised words, nothing else */
const PERSON_NAME =
  /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Đào|Trương|Lương|Mai|Tạ|Thái|Triệu|Đoàn|Vương|Lưu|Kiều|Quách|Tôn|Khúc|Chu|Lại|Đàm|Hà|Nông|Lò|Lục)(?: \p{Lu}\p{Ll}*){1,3}$/u;

/** Where a head and what follows it are read: the head word's token `t` at `start`, its end `end`, the next token `after`. */
/** What one head word starts: a unit, or a collective ("các sở, ngành"), and where it ends. */
export type HeadMatch = { unit: RawUnitName; end: number } | { collective: RawGroupName; end: number };

export interface HeadPlace {
  start: number;
  end: number;
  t: number;
  after: number;
}

/**
 * The sector title after a head whose tail is 'title' ("Phòng Văn hóa - Thông tin", "Trường THPT Lê Lợi"), written into
 * `unit.title`: the end of the name read so far, a whole match (a collective, or a unit named without a title), or undefined
 * when the words after the head name no unit.
 */
export function readTitledName(
  text: string,
  folded: string,
  tokens: readonly Token[],
  unit: RawUnitName,
  at: HeadPlace,
): HeadMatch | { end: number } | undefined {
  const { head } = unit;
  const { start, t, after } = at;
  let { end } = at;
  const nextToken = tokens[after];
  const named = nextToken && noGapBetween(text, end, nextToken.start) ? namedSector(head.abbr, text, folded, nextToken.start) : undefined;
  if (named) {
    ({ title: unit.title, end } = withJoinedParts(text, tokens, named));
    // "Đài Phát thanh và Truyền hình Lâm Giang, Báo …": the broadcaster named by its province's name, without the level
    const next = tokens.findIndex((k) => k.start >= end);
    const place = head.abbr === 'DAI' && next > 0 && noGapBetween(text, end, tokens[next]!.start) ? readPlaceName(tokens, next) : undefined;
    if (place && !UNIT_WORD_AFTER.test(text.slice(place.start, place.end))) {
      unit.title = `${unit.title} ${text.slice(place.start, place.end)}`;
      end = place.end;
    }
  } else {
    // Bộ and Ban are read only by name: "Bộ luật", "BAN HÀNH", "Ban Tuyên…" name no unit
    if (head.abbr === 'BO' || head.abbr === 'BAN') return undefined;
    // a newspaper's name is a proper name: "Báo Lam Sơn đưa tin" stops before "đưa"
    const title =
      head.abbr === 'BAO' || head.abbr === 'TAP_CHI'
        ? (readNewspaperTitle(folded, tokens, after) ?? readPlaceName(tokens, after))
        : head.abbr === 'TRUONG'
          ? readSchoolName(folded, tokens, after)
          : readTitle(tokens, after);
    // "Tổ công tác thực hiện Chiến dịch …": a task force named by its purpose in lower case is still the task force
    if (!title && head.abbr === 'TCT') return { unit: { ...unit, end, surface: text.slice(start, end) }, end };
    // "4. Văn phòng" alone on its heading line, "(Văn phòng chủ trì, …)": the issuer's own office, named without its owner
    if (!title && head.abbr === 'VP' && isBareOffice(text, start, end)) return { unit: { ...unit, end, surface: text.slice(start, end) }, end };
    if (!title) return undefined;
    const titleText = text.slice(tokens[after]!.start, title.end);
    // "… của Sở\nI. PHÂN CÔNG": a name never starts on the next line; "Giám đốc Sở Vũ Thanh Bình": a person's name is no sector,
    // but a school is often named after one ("Trường THPT Lê Lợi", "Đoàn Trường THPT Ngô Quyền")
    // so is a newspaper by its province's ("Báo Hà Tĩnh", "Báo Thái Bình"), its head capitalised
    const school = head.abbr === 'TRUONG' || head.abbr === 'DOAN_TRUONG' || (head.abbr === 'BAO' && text.startsWith('Báo', start));
    // "trình Giám đốc Sở (Phòng Tổ chức cán bộ)": nor does it run into a bracket
    const gap = text.slice(end, tokens[after]!.start);
    if (/[\n(]/.test(gap) || (!school && PERSON_NAME.test(titleText))) return undefined;
    // "Công ty Cổ phần Cấp thoát nước Hòa Sơn điều tiết …": a company's name ends with its place name
    // "Hiệp hội Các nhà đầu tư Việt Nam …", "Tập đoàn Điện lực Việt Nam …": a national association's or group's name ends with "Việt Nam"
    const nationalEnd = head.abbr === 'HIEP_HOI' || head.abbr === 'TAP_DOAN' ? /^.*?Việt Nam(?=\s+\p{Ll})/u.exec(titleText)?.[0] : undefined;
    const placeEnd =
      head.abbr === 'CTY' || (head.abbr === 'TAP_DOAN' && !nationalEnd)
        ? /^.*\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*(?=(?:\s+\p{Ll}\S*)+$)/u.exec(titleText)?.[0]
        : nationalEnd;
    unit.title = placeEnd ?? titleText;
    end = placeEnd ? tokens[after]!.start + placeEnd.length : title.end;
    // "Xí nghiệp Thoát nước số 3": a company's works is told apart from its sister works by its number
    const number = head.abbr === 'XN' ? /^\s+số\s+\d{1,3}(?!\S)/u.exec(text.slice(end)) : null;
    if (number) {
      end += number[0].length;
      unit.title = text.slice(tokens[after]!.start, end);
    }
  }
  // "Các Phòng Thi hành án dân sự khu vực", "các Chi cục Hải quan khu vực": every regional office of that name, a collective
  const cac = tokens[t - 1];
  const everyRegion = cac?.folded === 'cac' && unit.title ? /^ khu vực(?! [IVXL\d])(?![\p{L}\d])/u.exec(text.slice(end)) : null;
  if (everyRegion) {
    const groupEnd = end + everyRegion[0].length;
    return { collective: { start: cac!.start, end: groupEnd, surface: text.slice(cac!.start, groupEnd) }, end: groupEnd };
  }
  // "1. Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07)", "5. Cục Pháp chế và cải cách hành chính, tư pháp (V03)": a
  // ministry department's heading closed by its code names the whole department, lower-case words and commas included;
  // "1. Chi cục Chăn nuôi, Thú y và Thủy sản (cơ quan thường trực)": a heading that is one office of several capitalised sectors
  const rest = head.kind === 'department' && unit.title ? headingNameRest(text, folded, start, end) : null;
  if (rest) {
    end += rest[1]!.length;
    unit.title = text.slice(tokens[after]!.start, end);
  }
  const bracketEnd = !rest && unit.title ? bracketNameEnd(text, start, end) : undefined;
  if (bracketEnd !== undefined) {
    end = bracketEnd;
    unit.title = text.slice(tokens[after]!.start, end);
  }
  // "Trạm Y tế các xã, thị trấn", "Phòng Văn hóa - Xã hội các huyện": the office of every unit of those levels, a collective
  if (unit.title) {
    const cac = nextTokenAt(tokens, end);
    const group = tokens[cac]?.folded === 'cac' && noGapBetween(text, end, tokens[cac]!.start) ? matchGroup(text, tokens, cac, start) : undefined;
    if (group && LEVEL_GROUP.test(folded.slice(tokens[cac]!.start, group.end))) return { collective: group, end: group.end };
  }
  return { end };
}
