import { branchOfBody } from './branch-of-body.ts';
import { matchGroup } from './collective-phrase.ts';
import { nextTokenAt, type Token } from './tokens.ts';
import { regionAfter } from './region-name.ts';
import { type HeadMatch, readTitledName } from './titled-unit-name.ts';
import { type RawUnitName, UNIT_HEADS, type UnitHead } from './unit-heads.ts';
import { EXACT_HEAD_WORDS, NAME_STOP_WORDS } from './unit-levels.ts';
import {
  findSteeringLevel,
  levelList,
  limitedToPlaces,
  noGapBetween,
  readHamlet,
  readHamletList,
  readLevel,
  readPlaceName,
  slashedLevels,
} from './unit-name-parts.ts';

/** The unit or collective one head word starts (unit-heads.ts), with its level, place and owner. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;

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

const REGIONAL_HEADS = new Set(['BHXH', 'THADS', 'THUE', 'THUE_CS', 'HAI_QUAN', 'THONG_KE', 'KBNN', 'BQLDA']);

export function matchHead(text: string, folded: string, tokens: readonly Token[], t: number): HeadMatch | undefined {
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
    const titled = readTitledName(text, folded, tokens, unit, { start, end, t, after });
    if (!titled || 'unit' in titled || 'collective' in titled) return titled;
    end = titled.end;
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
    // "Bí thư Đảng ủy xã/phường", "UBND xã/phường/thị trấn": every unit of those levels, a collective
    const slashed = !level && noGapBetween(text, end, tokens[levelAt]?.start ?? end) ? slashedLevels(tokens, levelAt) : undefined;
    if (slashed) return { collective: { start, end: slashed, surface: text.slice(start, slashed) }, end: slashed };
    const list = level && !level.name ? levelList(text, tokens, nextTokenAt(tokens, level.end)) : undefined;
    if (list) {
      // "Ủy ban nhân dân xã, phường, thị trấn": every unit of those levels, a collective
      return { collective: { start, end: list, surface: text.slice(start, list) }, end: list };
    }
    // "Bảo hiểm xã hội khu vực III", "Thi hành án dân sự khu vực 2", "Ban Quản lý dự án đầu tư xây dựng khu vực Bắc Hòa", "Chi cục
    // Thuế khu vực": offices since 2025 named by their region (see region-name.ts)
    const titledRegional = head.tail === 'title' && ['CUC', 'CC'].includes(head.abbr) && unit.title !== undefined && !unit.title.includes('khu vực');
    const region =
      !found && (REGIONAL_HEADS.has(head.abbr) || titledRegional) ? regionAfter(text, end, head.abbr === 'BHXH' ? ['khu vực', 'cơ sở'] : undefined) : undefined;
    // "Các Ban Quản lý dự án đầu tư xây dựng khu vực", "các Kho bạc Nhà nước khu vực": every regional office of that kind, a collective
    const cac = tokens[t - 1];
    if (region?.bare && cac?.folded === 'cac' && noGapBetween(text, cac.end, start)) {
      return { collective: { start: cac.start, end: region.end, surface: text.slice(cac.start, region.end) }, end: region.end };
    }
    if (region) {
      unit.title = head.tail === 'title' ? `${unit.title} ${region.title}` : region.title;
      end = region.end;
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
