import { DEPARTMENT_SECTORS, matchSector } from './sector-names.ts';
import { nextTokenAt, type Token } from './tokens.ts';
import { LEVELS, type LevelWord, NAME_STOP_WORDS, NOT_LEVEL_NEXT } from './unit-levels.ts';

/** two words of a field that read as a verb alone: "Điều phối", "thôn mới" ("… nông thôn mới") */
const FIELD_WORDS = new Set(['Điều phối', 'thôn mới']);

/**
 * Readers of what follows an agency's head word in match-unit-head.ts: its administrative level and
 * place ("huyện Hòa Lộc", "xã, phường, thị trấn"), a committee's level after its purpose, a sector
 * title ("Văn hóa - Thông tin") and a proper name ("Trường Cao đẳng Y tế Hà Sơn").
 */
const UPPER = /^\p{Lu}/u;
const STEERING_STOPS = /^(chu tri|phoi hop|tham muu|chi dao|to chuc|trien khai|co trach nhiem|thuc hien|giao(?! duc)|gom)\b/;

/** ", phường, thị trấn" after a bare level: the end of the list of levels, if there is one. */
export function levelList(text: string, tokens: readonly Token[], t: number): number | undefined {
  let end: number | undefined;
  let i = t;
  while (i < tokens.length) {
    const separator = text.slice(tokens[i - 1]!.end, tokens[i]!.start).trim();
    const connector = tokens[i]!.folded === 'va' ? 1 : 0;
    if (separator !== ',' && separator !== '' && !(separator === '' && connector)) break;
    if (separator === '' && !connector && tokens[i - 1]!.after !== ',') break;
    const level = readLevel(text, tokens, i + connector);
    if (!level || level.name) break;
    end = level.end;
    i = nextTokenAt(tokens, level.end);
  }
  return end;
}

const SLASHED_LEVEL = /^(?:xa|phuong|huyen|quan|tinh|thi xa|thi tran|thanh pho|dac khu)$/;

/**
 * "xã/phường", "xã/phường/thị trấn" at token `t` (one token, its last level maybe two words): a form written for any of those levels
 * is every unit of them; the end of the levels, or undefined.
 */
export function slashedLevels(tokens: readonly Token[], t: number): number | undefined {
  const token = tokens[t];
  if (!token?.folded.includes('/')) return undefined;
  const parts = token.folded.split('/');
  const last = tokens[t + 1];
  // "xã/thị trấn": the two-word level runs into the next token
  const joined = token.after === '' && last && SLASHED_LEVEL.test(`${parts.at(-1)} ${last.folded}`);
  if (joined) parts[parts.length - 1] = `${parts.at(-1)} ${last.folded}`;
  if (parts.length < 2 || !parts.every((p) => SLASHED_LEVEL.test(p))) return undefined;
  return joined ? last.end : token.end;
}

export function noGapBetween(text: string, from: number, to: number): boolean {
  return /^ ?$/.test(text.slice(from, to));
}

export function readLevel(text: string, tokens: readonly Token[], t: number): { level: LevelWord; name?: string; end: number } | undefined {
  const first = tokens[t];
  if (!first) return undefined;
  for (const level of LEVELS) {
    const words = level.folded.split(' ');
    const span = tokens.slice(t, t + words.length);
    if (span.length < words.length || span.map((token) => token.folded).join(' ') !== level.folded) continue;
    const last = span[span.length - 1]!;
    if (span.slice(0, -1).some((token) => token.after !== '')) continue;
    const next = tokens[t + words.length];
    // "phường thực hiện" is the ward, "phương thức" is not: trust the diacritics where they tell levels apart
    const spelledAsLevel = ['phường', 'quận', 'tỉnh'].includes(last.word.toLocaleLowerCase('vi'));
    if (next && last.after === '' && !spelledAsLevel && NOT_LEVEL_NEXT[level.folded]?.includes(next.folded)) continue;
    if (level.abbr === 'Q' && last.word !== 'quận' && !(next && last.after === '' && (/^\d/.test(next.word) || UPPER.test(next.word)))) continue;
    // "Thanh tra Bộ", "các đơn vị thuộc Bộ": the ministry, only when written with its capital
    if (level.abbr === 'BO' && first.word !== 'Bộ') continue;
    const nameToken = tokens[t + words.length];
    const opensParen = nameToken !== undefined && text[nameToken.start - 1] === '(';
    // "… Ủy ban nhân dân huyện.\nTháng 9/2024:": a place name never starts on the next line
    const nextLine = nameToken !== undefined && text.slice(last.end, nameToken.start).includes('\n');
    // "TP. Hồ Chí Minh": only an abbreviated level takes its name after a full stop; "… phường. Văn phòng …" ends the sentence
    const stopOk = last.after === '.' && /^\p{Lu}{1,2}$/u.test(last.word);
    const name = (last.after === '' || stopOk) && !opensParen && !nextLine ? readPlaceName(tokens, t + words.length) : undefined;
    // "Phường 5", "Quận 1": only wards and urban districts are numbered ("huyện 02 lần/ngày" is a count)
    const numbered = name !== undefined && /^\d/.test(text.slice(name.start, name.end));
    if (name && (!numbered || ['P', 'Q'].includes(level.abbr))) return { level, name: text.slice(name.start, name.end), end: name.end };
    return { level, end: last.end };
  }
  return undefined;
}

/** The kinds of residential group a branch is named by, in folded words, longest first: "khu phố 3", "tổ dân phố 5", "ấp Tân Hòa" */
const HAMLET_KINDS = ['to dan pho', 'khu dan cu', 'khu pho', 'ap', 'thon', 'khom', 'xom', 'ban', 'buon', 'soc', 'khu'].map((k) => k.split(' '));

/** "ấp Tân Hòa", "thôn 5", "khu phố 3", "tổ dân phố 5", "khu dân cư số 4" at token `t`: the place's name or number, or undefined. */
export function readHamlet(tokens: readonly Token[], t: number): { start: number; end: number } | undefined {
  const kind = HAMLET_KINDS.find((words) => words.every((w, i) => tokens[t + i]?.folded === w));
  if (!kind) return undefined;
  const at = t + kind.length;
  return readPlaceName(tokens, tokens[at]?.folded === 'so' && /^\d/.test(tokens[at + 1]?.word ?? '') ? at + 1 : at);
}

/**
 * "thôn Đông, thôn Trung và thôn Nam", "ấp 3, ấp 4" at token `t`: the hamlets a hamlet head is named by, each with its kind; or
 * undefined when the words at `t` name no hamlet.
 */
export function readHamletList(tokens: readonly Token[], t: number): { start: number; end: number } | undefined {
  const first = readHamlet(tokens, t);
  if (!first) return undefined;
  let end = first.end;
  for (let i = t; i < tokens.length; i++) {
    if (tokens[i]!.end !== end) continue;
    const joiner = tokens[i]!.after.trim();
    const at = joiner === '' && tokens[i + 1]?.folded === 'va' ? i + 2 : joiner === ',' ? i + 1 : -1;
    const next = at < 0 ? undefined : readHamlet(tokens, at);
    if (!next) break;
    end = next.end;
  }
  return { start: first.start, end };
}

export function readPlaceName(tokens: readonly Token[], t: number): { start: number; end: number } | undefined {
  const first = tokens[t];
  if (!first) return undefined;
  if (/^\d{1,3}[A-Za-z]?$/.test(first.word)) return { start: first.start, end: first.end };
  if (!UPPER.test(first.word) || /^\p{Lu}{2,}/u.test(first.word)) return undefined;
  // "… tỉnh Điều 3", "… huyện Kế hoạch …": a citation or the next heading, not a place
  if (/^(?:Điều|Khoản|Mục|Chương|Quyết|Nghị|Luật)$/u.test(first.word)) return undefined;
  let end = first.end;
  for (let i = t; i < t + 3; i++) {
    const token = tokens[i];
    if (!token || !(UPPER.test(token.word) || /^\d+$/.test(token.word))) break;
    end = token.end;
    if (token.after !== '') break;
  }
  return { start: first.start, end };
}

/** "Ban Chỉ đạo phòng chống tội phạm, … ANTQ tỉnh": the level after the committee's purpose. */
export function findSteeringLevel(text: string, tokens: readonly Token[], from: number): { level: LevelWord; name?: string; end: number } | undefined {
  for (let t = from; t < Math.min(tokens.length, from + 30); t++) {
    const token = tokens[t]!;
    const rest = tokens
      .slice(t, t + 3)
      .map((x) => x.folded)
      .join(' ');
    if (STEERING_STOPS.test(rest)) return undefined;
    // "… bảo vệ an ninh Tổ quốc tỉnh": "Tổ quốc" is part of the purpose, any other capital ends it
    const fatherland = token.folded === 'to' && tokens[t + 1]?.folded === 'quoc';
    if (UPPER.test(token.word) && !/^\p{Lu}{2,}/u.test(token.word) && t > from && !fatherland) return undefined;
    const level = readLevel(text, tokens, t);
    if (level) return level;
    if (/[;:.()]/.test(token.after) || text[token.start - 1] === '(') return undefined;
  }
  return undefined;
}

/** After "Trường Cao đẳng": a sector ("Y tế") and/or a proper name ("Hà Sơn", "Hoa Sen"), never the verb after them. */
export function readSchoolName(folded: string, tokens: readonly Token[], t: number): { end: number } | undefined {
  const first = tokens[t];
  if (!first) return undefined;
  const sector = matchSector(folded, first.start, DEPARTMENT_SECTORS);
  const placeAt = sector ? nextTokenAt(tokens, sector.end) : t;
  const place = sector && tokens[placeAt]?.start !== sector.end + 1 ? undefined : readPlaceName(tokens, placeAt);
  const end = place?.end ?? sector?.end;
  return end === undefined ? undefined : { end };
}

/** Stop words whose folded form is also part of names: only these spellings end a name ("làm" ends it, "Kiểm lâm", "đô thị", "Dầu khí" go on). */
// "Vận tải ô tô" goes on, "tại", "ở" and "tổ (chức)" end the name
const EXACT_STOPS: Readonly<Record<string, readonly string[]>> = { lam: ['làm'], do: ['do'], khi: ['khi'], tai: ['tại', 'tái'], to: ['tổ', 'tố'], o: ['ở'] };

/** "Văn hóa - Thông tin", "Lao động - Thương binh và Xã hội", "Y tế". */
/** Fixed phrases with a comma inside that a sector's name may end with ("Khám, chữa bệnh", "Thi đua, khen thưởng"). */
const COMMA_PHRASES = new Set([
  'sinh, sinh vien',
  'kham, chua benh',
  'dua, khen thuong',
  'nan, cuu ho',
  'chay, cuu nan',
  'phong, chong benh',
  'phong, chong dich',
]);

export function readTitle(tokens: readonly Token[], t: number): { end: number } | undefined {
  const first = tokens[t];
  if (!first || !UPPER.test(first.word)) return undefined;
  let end = first.end;
  let lowerRun = 0;
  for (let i = t; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > t) {
      const next = tokens[i + 1];
      if ((token.word === '-' || token.word === '–' || token.folded === 'va') && next && UPPER.test(next.word)) {
        lowerRun = 0;
        continue;
      }
      if (UPPER.test(token.word)) lowerRun = 0;
      // "Kiểm lâm" goes on; "làm" (the verb) ends the name
      // "Văn phòng Điều phối nông thôn mới": coordinating the new countryside programme is the office's field, no verb after its name
      else if (FIELD_WORDS.has(`${tokens[i - 1]?.word} ${token.word}`)) lowerRun++;
      else if (
        lowerRun >= 3 ||
        (NAME_STOP_WORDS.has(token.folded) &&
          !EXACT_STOPS[token.folded]?.every((w) => w !== token.word) &&
          !(token.word === 'thị' && tokens[i - 1]?.word === 'đô') &&
          // "Ban An toàn giao thông", "Khoa An toàn thực phẩm": "giao", "thực" before "thông", "phẩm" are no verbs
          !(token.folded === 'giao' && next?.folded === 'thong') &&
          !(token.word === 'thực' && next?.word === 'phẩm'))
      )
        break;
      // "Khoa Kiểm soát bệnh tật và HIV/AIDS cử cán bộ …": "cử" (sends) after a name is the duty's verb, as "bầu cử" is not
      else if (token.word === 'cử' && !['bau', 'tuyen'].includes(tokens[i - 1]?.folded ?? '')) break;
      else lowerRun++;
    }
    end = token.end;
    const [n1, n2] = [tokens[i + 1], tokens[i + 2]];
    if (token.after.trim() === ',' && n1 && n2 && COMMA_PHRASES.has(`${token.folded}, ${n1.folded} ${n2.folded}`)) {
      end = n2.end;
      i += 2;
      // the phrase closes the name: a lower-case word after it is the verb ("… Khám, chữa bệnh cập nhật …"); what is fought
      // against goes on ("Khoa Phòng, chống bệnh truyền nhiễm")
      lowerRun = token.folded === 'phong' ? 1 : 3;
      if (n2.after !== '') break;
      continue;
    }
    if (token.after !== '') break;
  }
  return { end };
}

/**
 * "UBND các xã Tân Lộc, Hòa Mỹ, Phú Điền", "Trưởng các thôn Hạ Lũng, Gò Mít và Suối Cạn": the end of the places a collective of one
 * level or one kind of hamlet (ending at `end`) is limited to.
 */
export function limitedToPlaces(text: string, folded: string, tokens: readonly Token[], start: number, end: number): number | undefined {
  const next = nextTokenAt(tokens, end);
  if (!/\b(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|thon|ap|khom|xom|buon|soc|khu pho|to dan pho)$/.test(folded.slice(start, end))) return undefined;
  return noGapBetween(text, end, tokens[next]?.start ?? end) ? placeNameList(text, tokens, next) : undefined;
}

/** "Tân Lộc, Hòa Mỹ, Phú Điền": two or more place names joined by commas or "và"; the end of the list, if there is one. */
function placeNameList(text: string, tokens: readonly Token[], t: number): number | undefined {
  let count = 0;
  let end: number | undefined;
  let i = t;
  while (i < tokens.length) {
    if (count > 0) {
      const separator = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
      const connector = tokens[i]!.folded === 'va' && separator === ' ' ? 1 : 0;
      if (separator !== ', ' && !connector) break;
      i += connector;
    }
    const name = readPlaceName(tokens, i);
    if (!name || /^\d/.test(tokens[i]!.word)) break;
    count++;
    end = name.end;
    i = nextTokenAt(tokens, name.end);
  }
  return count >= 2 ? end : undefined;
}

/** "Khoa Dược - Trang thiết bị - Vật tư y tế": a known sector with the parts it is joined to by dashes. */
export function withJoinedParts(text: string, tokens: readonly Token[], named: { title: string; end: number }): { title: string; end: number } {
  const dash = nextTokenAt(tokens, named.end);
  if (!/^[-–]$/.test(tokens[dash]?.word ?? '') || !noGapBetween(text, named.end, tokens[dash]!.start)) return named;
  const end = readTitle(tokens, dash + 1)?.end;
  return end === undefined ? named : { title: named.title + text.slice(named.end, end), end };
}
