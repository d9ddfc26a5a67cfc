import { bracketNameEnd } from './bracket-name.ts';
import { branchOfBody } from './branch-of-body.ts';
import { headsOfCollective, matchGroup, type RawGroupName, unitsWhich } from './collective-phrase.ts';
import { asNamedBefore, headingNameRest } from './heading-name-rest.ts';
import { namedCollective } from './named-collectives.ts';
import { readNewspaperTitle } from './newspaper-names.ts';
import { isBareOffice } from './bare-office.ts';
import { DEPARTMENT_SECTORS, matchSector, namedSector } from './sector-names.ts';
import { nextTokenAt, type Token, tokenize } from './tokens.ts';
import {
  findSteeringLevel,
  levelList,
  noGapBetween,
  limitedToPlaces,
  readLevel,
  readHamlet,
  readHamletList,
  readPlaceName,
  readSchoolName,
  readTitle,
  withJoinedParts,
} from './unit-name-parts.ts';

import { type RawUnitName, UNIT_HEADS, type UnitHead } from './unit-heads.ts';
import { EXACT_HEAD_WORDS, NAME_STOP_WORDS } from './unit-levels.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
const LEVEL_GROUP = /^cac (?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho)\b/;
const MEMBER_BRANCHES = /^cac co so (?:doan|hoi) truc thuoc\b/;

/** Scans text for agency names and collective mentions; `folded` is foldSameLength(text). */
export function scanUnitNames(text: string, folded: string): { units: RawUnitName[]; groups: RawGroupName[] } {
  const tokens = tokenize(text, folded);
  const units: RawUnitName[] = [];
  const groups: RawGroupName[] = [];
  let t = 0;
  while (t < tokens.length) {
    const token = tokens[t]!;
    if (inCapitalsRun(tokens, t)) {
      t++;
      continue;
    }
    // "Trưởng phòng Tài chính - Kế hoạch", "Trưởng ban Dân vận": the head's post names the unit in lower case
    const postOfHead = /^(?:phòng|ban)$/u.test(token.word) && /^(?:Trưởng|trưởng)$/u.test(tokens[t - 1]?.word ?? '') && UPPER.test(tokens[t + 1]?.word ?? '');
    // "… và các cơ sở Hội trực thuộc": a body's own branches, in lower case after "và", are one unit, not "các cơ sở" (any establishments)
    const ownBranches = token.word === 'các' && MEMBER_BRANCHES.test(folded.slice(token.start, token.start + 30));
    // "…, công chức Văn hóa - Xã hội báo cáo …": a commune's civil servant by post, in lower case inside a sentence
    const communePost = token.word === 'công' && tokens[t + 1]?.word === 'chức' && UPPER.test(tokens[t + 2]?.word ?? '');
    if (UPPER.test(token.word) || postOfHead || ownBranches || communePost) {
      const found = matchHead(text, folded, tokens, t);
      if (found) {
        if ('unit' in found) {
          const whole = asNamedBefore(text, found.unit, units);
          Object.assign(found, { unit: whole, end: whole.end });
        }
        const more = 'unit' in found && tokens[t - 1]?.folded === 'cac' ? sectorList(text, folded, found.unit) : [];
        const plural = 'unit' in found && more.length === 0 ? pluralOffice(text, tokens, t, found.unit) : undefined;
        if ('collective' in found) groups.push(found.collective);
        else if (plural) groups.push(plural);
        else units.push(found.unit);
        units.push(...more);
        t = nextTokenAt(tokens, more.at(-1)?.end ?? found.end);
        continue;
      }
    }
    const named = token.folded === 'cac' ? namedCollective(text, folded, token.start) : undefined;
    if (named) {
      groups.push(named);
      t = nextTokenAt(tokens, named.end);
      continue;
    }
    const listed = token.folded === 'cac' ? colonSectorList(text, folded, tokens, t) : [];
    if (listed.length > 0) {
      units.push(...listed);
      t = nextTokenAt(tokens, listed.at(-1)!.end);
      continue;
    }
    const bySector = token.folded === 'cac' ? sectorCollective(text, folded, tokens, t) : undefined;
    if (bySector) {
      groups.push(bySector);
      t = nextTokenAt(tokens, bySector.end);
      continue;
    }
    const heads = headsOfCollective(text, tokens, t);
    if (heads) {
      groups.push(heads);
      t = nextTokenAt(tokens, heads.end);
      continue;
    }
    const which = unitsWhich(text, tokens, t);
    if (which || ['cac', 'nhung'].includes(token.folded) || /^can bo,? cong chuc/.test(folded.slice(token.start, token.start + 20))) {
      const group = which ?? membersOf(text, folded, tokens, matchGroup(text, tokens, t, token.start));
      if (group) {
        groups.push(group);
        t = nextTokenAt(tokens, group.end);
        continue;
      }
    }
    t++;
  }
  return { units, groups };
}

/** "Các Phòng Giáo dục và Đào tạo, các đơn vị trực thuộc Sở", "Các Đội Thống kê khu vực": one office named in the plural is that office of every district, a collective */
const PLURAL_OFFICES = new Set(['PHONG', 'CC', 'TT', 'CUC', 'DOI']);

/** a capitalised word that starts another unit or a heading, not a place name */
const UNIT_WORD_AFTER = /^(?:Báo|Đài|Sở|Ban|Hội|Phòng|Ủy|Công|Trung|Tỉnh|Huyện|Thành|Cục|Chi|Đoàn|Văn|Kế|Điều)(?:\s|$)/u;

function pluralOffice(text: string, tokens: readonly Token[], t: number, unit: RawUnitName): RawGroupName | undefined {
  const cac = tokens[t - 1];
  if (cac?.folded !== 'cac' || !noGapBetween(text, cac.end, tokens[t]!.start)) return undefined;
  if (!PLURAL_OFFICES.has(unit.head.abbr) || !unit.title || unit.level || unit.name) return undefined;
  return { start: cac.start, end: unit.end, surface: text.slice(cac.start, unit.end) };
}

/** "Các thành viên Ban Chỉ đạo xã": the members of a body are one collective, with the body's name in it. */
function membersOf(text: string, folded: string, tokens: readonly Token[], group: RawGroupName | undefined): RawGroupName | undefined {
  if (!group || !/thanh vien$/.test(folded.slice(group.start, group.end))) return group;
  const next = nextTokenAt(tokens, group.end);
  if (tokens[next]?.start !== group.end + 1 || !UPPER.test(tokens[next]!.word)) return group;
  const body = matchHead(text, folded, tokens, next);
  if (!body || !('unit' in body)) return group;
  return { start: group.start, end: body.end, surface: text.slice(group.start, body.end) };
}

/**
 * "Giám đốc các Sở: Xây dựng, Công Thương, Nông nghiệp và Phát triển nông thôn": one head written for a
 * list of sectors names a unit for each of them (the first is `first`, already read).
 */
function sectorList(text: string, folded: string, first: RawUnitName): RawUnitName[] {
  if (!first.title || first.level) return [];
  const out: RawUnitName[] = [];
  let end = first.end;
  for (;;) {
    const gap = /^(?:,\s*|\s+và\s+)/u.exec(text.slice(end));
    if (!gap) break;
    const at = end + gap[0].length;
    const named = UPPER.test(text.slice(at, at + 1)) ? namedSector(first.head.abbr, text, folded, at) : undefined;
    if (!named || WORD_CHAR.test(folded[named.end] ?? '')) break;
    out.push({ head: first.head, start: at, end: named.end, surface: text.slice(at, named.end), title: named.title });
    end = named.end;
  }
  return out;
}

/** "Các sở: Y tế, Tài nguyên và Môi trường theo chức năng …": after the colon, one department per sector named. */
function colonSectorList(text: string, folded: string, tokens: readonly Token[], t: number): RawUnitName[] {
  const kind = tokens[t + 1];
  const head = UNIT_HEADS.find((h) => h.abbr === (kind?.folded === 'so' ? 'SO' : kind?.folded === 'phong' ? 'PHONG' : ''));
  if (!kind || !head || kind.after !== ':') return [];
  const at = nextTokenAt(tokens, kind.end + 1);
  const first = tokens[at] && UPPER.test(tokens[at]!.word) ? namedSector(head.abbr, text, folded, tokens[at]!.start) : undefined;
  if (!first || WORD_CHAR.test(folded[first.end] ?? '')) return [];
  const unit: RawUnitName = { head, start: tokens[at]!.start, end: first.end, surface: text.slice(tokens[at]!.start, first.end), title: first.title };
  return [unit, ...sectorList(text, folded, unit)];
}

/** "các sở giáo dục và đào tạo, y tế, tư pháp": the departments of the sectors named, written in lower case. */
function sectorCollective(text: string, folded: string, tokens: readonly Token[], t: number): RawGroupName | undefined {
  const kind = tokens[t + 1];
  // "các Sở Tài chính, Xây dựng" in capitals is read as units one by one (sectorList)
  if (!kind || !['so', 'phong', 'bo'].includes(kind.folded) || kind.after !== '' || UPPER.test(kind.word)) return undefined;
  let at = nextTokenAt(tokens, kind.end);
  let end: number | undefined;
  for (;;) {
    const found = tokens[at] ? matchSector(folded, tokens[at]!.start, DEPARTMENT_SECTORS) : undefined;
    if (!found) break;
    end = found.end;
    const rest = /^(?:,\s*|\s+và\s+)/u.exec(text.slice(end));
    if (!rest) break;
    at = nextTokenAt(tokens, end + rest[0].length - 1);
  }
  return end === undefined ? undefined : { start: tokens[t]!.start, end, surface: text.slice(tokens[t]!.start, end) };
}

/** A title or heading line in capitals ("BAN HÀNH KẾ HOẠCH …", "ỦY BAN NHÂN DÂN TỈNH …") names no unit of the body. */
function inCapitalsRun(tokens: readonly Token[], t: number): boolean {
  const caps = (token?: Token) => token !== undefined && /^[\p{Lu}\d\-–/&.]+$/u.test(token.word) && /\p{Lu}/u.test(token.word);
  const word = tokens[t]!;
  if (!caps(word)) return false;
  const next = tokens[t + 1];
  const previous = tokens[t - 1];
  return (
    (caps(next) && word.after !== '\n' && /\p{Lu}{2}/u.test(next!.word)) ||
    (caps(previous) && previous!.after !== '\n' && /\p{Lu}{2}/u.test(previous!.word) && /\p{Lu}{2}/u.test(word.word))
  );
}

/** a Vietnamese personal name: a common surname and one to three more capitalised words, nothing else */
const PERSON_NAME =
  /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Đào|Trương|Lương|Mai|Tạ|Thái|Triệu|Đoàn|Vương|Lưu|Kiều|Quách|Tôn|Khúc|Chu|Lại|Đàm|Hà|Nông|Lò|Lục)(?: \p{Lu}\p{Ll}*){1,3}$/u;

/**
 * Heads whose folded spelling other words share: "Vụ" is not the surname "Vũ"; "Phường đoàn", "Xã đoàn" are the
 * Youth Union of a ward or commune, not "phương", "xa"; "Thanh tra Sở" followed by a sector is that Sở's inspectorate.
 */
function spelledAsHead(head: UnitHead, text: string, tokens: readonly Token[], t: number, end: number): boolean {
  const word = tokens[t]!.word;
  const exact = EXACT_HEAD_WORDS[head.abbr];
  if (exact) return word === exact || (head.abbr === 'SO' && word === 'SỞ');
  if (head.abbr === 'BHXH') return word === 'Bảo' || word === 'BHXH';
  if (['BUU_DIEN', 'THONG_KE', 'THADS', 'HAI_QUAN'].includes(head.abbr)) return /^\p{Lu}/u.test(word);
  if (head.abbr === 'BO_PHAN') return word === 'Bộ' && /^ \p{Lu}/u.test(text.slice(end, end + 2));
  if (['NHA_HAT', 'BAO_TANG', 'THU_VIEN', 'HIEP_HOI', 'TAP_CHI', 'TAP_DOAN'].includes(head.abbr)) return /^\p{Lu}/u.test(word);
  if (head.abbr === 'DTN_CAP') return /^(?:Thành|Tỉnh|Huyện|Quận|Thị|Phường|Xã)$/u.test(word);
  if (head.abbr === 'TTRA_SO') return !/^ \p{Lu}/u.test(text.slice(end, end + 2));
  return true;
}

const REGIONAL_HEADS = new Set(['BHXH', 'THADS', 'THUE', 'THUE_CS', 'HAI_QUAN', 'THONG_KE', 'KBNN']);

type HeadMatch = { unit: RawUnitName; end: number } | { collective: RawGroupName; end: number };

function matchHead(text: string, folded: string, tokens: readonly Token[], t: number): HeadMatch | undefined {
  const start = tokens[t]!.start;
  let best: { head: UnitHead; end: number } | undefined;
  for (const head of UNIT_HEADS) {
    head.pattern.lastIndex = start;
    const m = head.pattern.exec(folded);
    if (!m) continue;
    const end = start + m[0].length;
    if (end < folded.length && WORD_CHAR.test(folded[end]!)) continue;
    if (!spelledAsHead(head, text, tokens, t, end)) continue;
    if (!best || end > best.end) best = { head, end };
  }
  if (!best) return undefined;
  const { head } = best;
  let end = best.end;
  let after = nextTokenAt(tokens, end);
  const branch = branchOfBody(head, text, folded, tokens, { start, end, after }, (at) => matchHead(text, folded, tokens, at));
  if (branch) return branch;
  // "Ban Chỉ đạo 138 các huyện": the committee's number is part of its name
  if (head.abbr === 'BCD' && /^\d{2,4}$/.test(tokens[after]?.word ?? '') && tokens[after + 1]?.folded === 'cac') after++;
  const nextToken = tokens[after];
  if (nextToken && nextToken.folded === 'cac' && head.tail !== 'title' && noGapBetween(text, tokens[after - 1]!.end, nextToken.start)) {
    const group = matchGroup(text, tokens, after, start);
    const places = group ? limitedToPlaces(text, folded, tokens, start, group.end) : undefined;
    if (group && places) return { collective: { start, end: places, surface: text.slice(start, places) }, end: places };
    if (group) return { collective: group, end: group.end };
  }
  if (nextToken && head.abbr === 'BCD' && nextToken.folded === 'cung' && tokens[after + 1]?.folded === 'cap') {
    const groupEnd = tokens[after + 1]!.end;
    return { collective: { start, end: groupEnd, surface: text.slice(start, groupEnd) }, end: groupEnd };
  }
  const unit: RawUnitName = { head, start, end, surface: '' };
  // "Chi hội Nông dân ấp Bình Phú": a branch is named by its hamlet or residential group
  const hamlet =
    head.abbr === 'CHI_HOI' || head.abbr === 'TO_CS' ? readHamlet(tokens, after) : head.abbr === 'TRUONG_THON' ? readHamletList(tokens, after) : undefined;
  if (head.abbr === 'TRUONG_THON' && !hamlet) return undefined;
  // "Báo và Phát thanh, Truyền hình Hòa Sơn": the province's name without its level
  const place =
    (head.abbr === 'BAO_PTTH' || (head.abbr === 'DIEN_LUC' && UPPER.test(nextToken?.word ?? ''))) && nextToken && noGapBetween(text, end, nextToken.start)
      ? readPlaceName(tokens, after)
      : undefined;
  if (hamlet) end = hamlet.end;
  // "Hợp tác xã nông nghiệp Tân Phú", "Hợp tác xã dịch vụ Hòa Mỹ": the trade in lower case, then the place
  if (head.abbr === 'HTX') {
    let at = after;
    while (at < after + 4 && tokens[at] && /^\p{Ll}+$/u.test(tokens[at]!.word) && !NAME_STOP_WORDS.has(tokens[at]!.folded)) at++;
    const named = at > after && noGapBetween(text, end, tokens[after]!.start) ? readPlaceName(tokens, at) : undefined;
    if (!named) return undefined;
    unit.title = text.slice(tokens[after]!.start, named.end);
    end = named.end;
  }
  // "chi đoàn", "chi bộ" name one branch only with its hamlet ("các chi đoàn" is read as a collective before)
  else if (head.abbr === 'CHI_HOI' && /^chi (?:doan|bo)$/.test(folded.slice(start, end))) return undefined;
  if (place) {
    unit.title = text.slice(place.start, place.end);
    end = place.end;
  }
  // "UBND cấp xã", "Công an cấp huyện": every unit of that level, a collective
  const ofLevel = head.tail === 'level' && nextToken?.word.toLocaleLowerCase('vi') === 'cấp' ? readLevel(text, tokens, after + 1) : undefined;
  if (ofLevel && !ofLevel.name && noGapBetween(text, end, nextToken!.start)) {
    return { collective: { start, end: ofLevel.end, surface: text.slice(start, ofLevel.end) }, end: ofLevel.end };
  }
  if (head.tail === 'title') {
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
  }
  // "Trạm Y tế các xã, thị trấn", "Phòng Văn hóa - Xã hội các huyện": the office of every unit of those levels, a collective
  if (head.tail === 'title' && unit.title) {
    const cac = nextTokenAt(tokens, end);
    const group = tokens[cac]?.folded === 'cac' && noGapBetween(text, end, tokens[cac]!.start) ? matchGroup(text, tokens, cac, start) : undefined;
    if (group && LEVEL_GROUP.test(folded.slice(tokens[cac]!.start, group.end))) return { collective: group, end: group.end };
  }
  if (head.tail !== 'none' && head.abbr !== 'BO') {
    const levelAt = head.tail === 'title' ? nextTokenAt(tokens, end) : after;
    // "Văn phòng - Thống kê UBND phường": an office of the people's committee takes the committee's level
    const owner = head.kind === 'department' ? /^ (?:UBND|Ủy ban nhân dân) (?=\p{Ll})/u.exec(text.slice(end)) : null;
    const ownerLevel = owner ? readLevel(text, tokens, nextTokenAt(tokens, end + owner[0].length)) : undefined;
    const level = ownerLevel ?? (noGapBetween(text, end, tokens[levelAt]?.start ?? end) ? readLevel(text, tokens, levelAt) : undefined);
    const purpose = !level && head.tail === 'steering' ? findSteeringLevel(text, tokens, after) : undefined;
    const found = level ?? purpose;
    // "Ban Chỉ đạo phổ cập giáo dục các xã, thị trấn": the steering committee of every commune, a collective
    if (purpose && !purpose.name && /\bcac (?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho)$/.test(folded.slice(start, purpose.end))) {
      const groupEnd = levelList(text, tokens, nextTokenAt(tokens, purpose.end)) ?? purpose.end;
      return { collective: { start, end: groupEnd, surface: text.slice(start, groupEnd) }, end: groupEnd };
    }
    const list = level && !level.name ? levelList(text, tokens, nextTokenAt(tokens, level.end)) : undefined;
    if (list) {
      // "Ủy ban nhân dân xã, phường, thị trấn": every unit of those levels, a collective
      return { collective: { start, end: list, surface: text.slice(start, list) }, end: list };
    }
    // "Bảo hiểm xã hội khu vực III", "Thi hành án dân sự khu vực 2": offices since 2025 named by their region
    const region = !found && REGIONAL_HEADS.has(head.abbr) ? /^ khu vực [IVXL\d]+(?![\p{L}\d])/u.exec(text.slice(end)) : null;
    if (region) {
      unit.title = region[0].trim();
      end += region[0].length;
    }
    if (found) {
      unit.level = found.level;
      if (found.name) unit.name = found.name;
      end = found.end;
    } else if (head.tail === 'level' && head.abbr === 'CA') {
      return undefined; // "lực lượng Công an" without a level names no particular unit
    } else if (head.abbr === 'DU' && nextToken && noGapBetween(text, end, nextToken.start)) {
      // "Đảng ủy Ủy ban nhân dân thành phố", "Đảng ủy đặc khu Hòn Ngư": the Party committee of the body named after it
      const body = matchHead(text, folded, tokens, after);
      const bodyEnd = body && 'unit' in body ? body.end : undefined;
      const special = /^(?:dac khu|khoi) /.test(folded.slice(nextToken.start)) ? readPlaceName(tokens, after + 2) : undefined;
      const ownerEnd = bodyEnd ?? special?.end;
      if (ownerEnd !== undefined) {
        unit.title = text.slice(nextToken.start, ownerEnd);
        end = ownerEnd;
      }
    }
  }
  unit.end = end;
  unit.surface = text.slice(start, end);
  return { unit, end };
}
