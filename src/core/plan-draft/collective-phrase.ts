import type { Token } from './tokens.ts';

/** A collective mention as written ("các sở, ban, ngành"), before codes are given and repeats merged. */
export interface RawGroupName {
  start: number;
  end: number;
  surface: string;
}

const UPPER = /^\p{Lu}/u;
const GROUP_WORDS = new Set(
  (
    'cac nhung ban nganh doan the don vi co quan to chuc phong so hoi dia phuong luc luong thanh vien chuyen mon chinh tri ' +
    'xa cung cap lien va thi tran huyen truc thuoc - – can bo cong chuc nang quyen khom ap thon dan pho khu bo chung ' +
    'thanh quan tinh phuong ngang truong hoc thong tieu mam non benh vien tuyen chi buon soc xom dang uy doanh nghiep ty khoa khoi cuc phan dac'
  ).split(' '),
);
const SCHOOL_LEVELS = new Set(['mam', 'non', 'tieu', 'hoc', 'trung', 'co', 'so', 'pho', 'thong']);
// "các cơ sở giáo dục mầm non, phổ thông và giáo dục thường xuyên", "các cơ sở giáo dục nghề nghiệp": schools of a kind
const EDUCATION_WORDS = new Set(['giao', 'duc', 'dai', 'hoc', 'nghe', 'nghiep', 'mam', 'non', 'pho', 'thong', 'thuong', 'xuyen', 'va']);
const OWNER_LEVELS = new Set(['tinh', 'thanh', 'huyen', 'dang', 'quan']);
const GROUP_NOUNS =
  /\b(nganh|doan the|don vi|co quan|to chuc|phong|so|hoi|dia phuong|luc luong|thanh vien|cong chuc|xa|phuong|ban|thi tran|huyen|quan|thanh pho|tinh|thi xa|bo|truong|to dan pho|khu pho|thon|ap|khom|buon|soc|xom|benh vien|chi hoi|chi doan|chi bo|doanh nghiep|cong ty|to chuyen mon|to khoi|khoa|chi cuc|bo phan|tram y te)\b/;

/** Reads the collective that starts with "các"/"những" at token `t` ("các cơ quan, đơn vị có liên quan"); `start` is where its surface begins. */
export function matchGroup(text: string, tokens: readonly Token[], t: number, start: number): RawGroupName | undefined {
  let end = -1;
  let last = t;
  // (a list of school kinds runs longer: see centre below)
  let limit = t + 16;
  for (let i = t; i < tokens.length && i < limit; i++) {
    const token = tokens[i]!;
    // "cơ quan thuộc Chính phủ", "thành phố trực thuộc Trung ương" stay inside the collective
    // "các đơn vị thuộc Bộ", "các đảng ủy trực thuộc Tỉnh ủy": the owner after "thuộc" stays inside it too
    const owner =
      i > t &&
      ((tokens[i - 1]!.folded === 'thuoc' && (['bo', 'so'].includes(token.folded) || (OWNER_LEVELS.has(token.folded) && tokens[i + 1]?.folded === 'uy'))) ||
        (token.folded === 'uy' && OWNER_LEVELS.has(tokens[i - 1]!.folded) && tokens[i - 2]?.folded === 'thuoc'));
    // (not "Trung tâm": "Các khoa lâm sàng … Trung tâm Y tế huyện" names the centre after the group)
    const governing = ((['chinh', 'phu', 'uong'].includes(token.folded) || (token.folded === 'trung' && tokens[i + 1]?.folded === 'uong')) && i > t) || owner;
    // "Các trường Mầm non, Tiểu học, Trung học cơ sở": the levels of the schools, capitalised, stay inside the collective
    const schoolLevel = SCHOOL_LEVELS.has(token.folded) && tokens.slice(t, i).some((k) => k.folded === 'truong');
    const education =
      EDUCATION_WORDS.has(token.folded) &&
      tokens.slice(t, i + 1).some((k, j, all) => k.folded === 'co' && all[j + 1]?.folded === 'so' && all[j + 2]?.folded === 'giao');
    if (education && token.folded === 'va' && tokens[i + 1]?.folded !== 'giao') break;
    // "Các khoa lâm sàng, cận lâm sàng": a hospital's wards by their kind stay inside the collective
    const clinical =
      (token.word === 'lâm' || token.word === 'sàng' || (token.word === 'cận' && tokens[i + 1]?.word === 'lâm')) &&
      tokens.slice(t, i).some((k) => k.folded === 'khoa');
    // "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ": the heads of the ministries stand for them
    const heads =
      (i === t + 1 && token.folded === 'bo' && tokens[i + 1]?.folded === 'truong') ||
      (token.folded === 'thu' && tokens[i + 1]?.folded === 'truong' && tokens[i + 2]?.folded === 'co') ||
      (token.folded === 'truong' && ['bo', 'thu'].includes(tokens[i - 1]?.folded ?? '') && UPPER.test(tokens[i - 1]!.word));
    // "các trạm y tế phường, xã thực hiện": the communes' health posts, in lower case
    const lower = (k: Token | undefined) => k?.word.toLocaleLowerCase('vi');
    const healthPost =
      lower(token) === 'trạm'
        ? lower(tokens[i + 1]) === 'y'
        : (lower(token) === 'y' && lower(tokens[i - 1]) === 'trạm') ||
          (lower(token) === 'tế' && lower(tokens[i - 1]) === 'y' && lower(tokens[i - 2]) === 'trạm');
    // "Các cơ sở giáo dục nghề nghiệp, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên": the centres listed after the schools
    const centre =
      tokens.slice(t, i).some((k, j, all) => k.folded === 'co' && all[j + 1]?.folded === 'so' && all[j + 2]?.folded === 'giao') &&
      (token.folded === 'trung'
        ? tokens[i + 1]?.folded === 'tam' && tokens[i + 2]?.folded === 'giao' && tokens[i - 1]?.after === ','
        : token.folded === 'tam' && tokens[i - 1]?.folded === 'trung');
    if (!GROUP_WORDS.has(token.folded) && !governing && !schoolLevel && !education && !heads && !clinical && !healthPost && !centre) break;
    if (centre) limit = i + 12;
    // "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ": the ministries, capitalised as a letter's addressees write them
    const ministries = token.word === 'Bộ' && ['cac', 'ngang'].includes(tokens[i - 1]?.folded ?? '');
    if (i > t && UPPER.test(token.word) && !governing && !schoolLevel && !heads && !ministries) break;
    // "các đảng ủy cấp xã quán triệt": "quán" is the verb's, not "quận"
    if (token.folded === 'quan' && !['quan', 'quận'].includes(lower(token) ?? '')) break;
    // "can" is "cán (bộ)", not "căn (cứ)"; "cong" is "công (chức)" or "công đoàn" ("các công đoàn ngành"), not "công (khai)"
    if (token.folded === 'can' && tokens[i + 1]?.folded !== 'bo' && !clinical) break;
    if (token.folded === 'cong' && tokens[i + 1]?.folded !== 'chuc' && tokens[i + 1]?.folded !== 'ty' && tokens[i + 1]?.word.toLocaleLowerCase('vi') !== 'đoàn')
      break;
    // "các doanh nghiệp", "các công ty": enterprises as a collective
    if (token.folded === 'doanh' && tokens[i + 1]?.folded !== 'nghiep') break;
    if ((token.folded === 'nghiep' && tokens[i - 1]?.folded !== 'doanh' && !education) || (token.folded === 'ty' && tokens[i - 1]?.folded !== 'cong')) break;
    // "Các tổ chuyên môn tổ chức …", "Các khoa, phòng tổ chức …": "tổ chức" right after a body is the duty's verb; after "các",
    // a comma, "và" or "cùng" it is one ("các tổ chức", "các cơ quan, tổ chức", "… cùng tổ chức, cá nhân liên quan")
    if (
      i > t + 1 &&
      token.folded === 'to' &&
      tokens[i + 1]?.folded === 'chuc' &&
      tokens[i - 1]!.after === '' &&
      !['va', 'cung'].includes(tokens[i - 1]!.folded)
    )
      break;
    // "các khoa, phòng" of a hospital and "các tổ khối" of a school, not "các khóa học" nor any "khối"
    if (token.folded === 'khoa' && (token.word.toLocaleLowerCase('vi') !== 'khoa' || tokens[i + 1]?.folded === 'hoc')) break;
    if (token.folded === 'khoi' && tokens[i - 1]?.folded !== 'to') break;
    // "các phòng, chi cục, đơn vị", "các bộ phận": offices and sections of an agency or a school
    if (token.folded === 'cuc' && (token.word.toLocaleLowerCase('vi') !== 'cục' || tokens[i - 1]?.folded !== 'chi')) break;
    if (token.folded === 'phan' && (token.word.toLocaleLowerCase('vi') !== 'phận' || tokens[i - 1]?.folded !== 'bo')) break;
    // "các huyện cập nhật …": only "cấp" is a level word
    if (token.folded === 'cap' && token.word.toLocaleLowerCase('vi') !== 'cấp') break;
    if (token.folded === 'tuyen' && token.word !== 'tuyến') break;
    // "các cấp ủy, tổ chức đảng", "các đảng ủy trực thuộc": the Party's bodies, not "đang" (being) or "uy (tín)"
    if (token.folded === 'dang' && token.word.toLocaleLowerCase('vi') !== 'đảng') break;
    // "các cấp ủy, tổ chức đảng trực thuộc Thành ủy": the owner may follow the Party's bodies
    // "các đảng bộ, chi bộ cơ sở", "các chi, đảng bộ trực thuộc": the Party's committees at each level
    const partyCommittee = token.folded === 'bo' && token.word.toLocaleLowerCase('vi') === 'bộ';
    if (
      i > t &&
      tokens[i - 1]!.folded === 'dang' &&
      token.folded !== 'uy' &&
      !partyCommittee &&
      !(token.folded === 'truc' && tokens[i + 1]?.folded === 'thuoc')
    )
      break;
    if (token.folded === 'uy' && (token.word.toLocaleLowerCase('vi') !== 'ủy' || !['cap', 'dang', ...OWNER_LEVELS].includes(tokens[i - 1]?.folded ?? '')))
      break;
    // "các chi hội tổ chức …": the branches end the group; what follows is the duty
    if (i > t + 1 && tokens[i - 2]!.folded === 'chi' && ['hoi', 'doan', 'bo'].includes(tokens[i - 1]!.folded) && tokens[i - 1]!.after !== ',') break;
    // "các chi hội", "các chi đoàn", "các chi bộ": branches; "chỉ (đạo)" is a verb
    // "các chi, đảng bộ": the branches (chi bộ) and the committees (đảng bộ) sharing one "bộ"
    const sharedBo = token.after === ',' && tokens[i + 1]?.word.toLocaleLowerCase('vi') === 'đảng' && tokens[i + 2]?.folded === 'bo';
    if (token.folded === 'chi' && (token.word !== 'chi' || (!['hoi', 'doan', 'bo', 'cuc'].includes(tokens[i + 1]?.folded ?? '') && !sharedBo))) break;
    // words of a phrase only inside it: "bố trí lực lượng trực" after "các xã, thị trấn" is a duty, not part of the group
    if (token.folded === 'bo' && token.word.toLocaleLowerCase('vi') !== 'bộ') break;
    if (owner && token.after !== '' && token.after !== ',') {
      end = token.end;
      last = i;
      break;
    }
    // "Ủy ban nhân dân các xã, thị trấn ban hành kế hoạch …": "ban hành" (issue) is the duty's verb, not a board
    if (i > t && token.folded === 'ban' && tokens[i + 1]?.folded === 'hanh') break;
    if (token.folded === 'tri' && tokens[i - 1]?.folded !== 'chinh') break;
    if (token.folded === 'truc' && tokens[i + 1]?.folded !== 'thuoc') break;
    // "… có liên quan và các tổ chức …": a second "các" starts another group
    if (i > t && token.folded === 'va' && tokens[i + 1]?.folded === 'cac') break;
    if (i > t && token.folded === 'cac' && tokens[i - 1]?.after === ',') break;
    end = token.end;
    last = i;
    if (token.after !== '' && token.after !== ',') break;
    // "các công ty cấp nước", "các doanh nghiệp bán lẻ": the trade after the enterprises is no level or board
    // ("… trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên": a school's kind joined by a dash goes on)
    const dashedKind = education && /^[-–]$/.test(tokens[i + 1]?.word ?? '') && tokens[i + 2]?.folded === 'giao';
    if ((token.folded === 'nghiep' || token.folded === 'ty') && token.after !== ',' && !dashedKind) break;
    const next = tokens[i + 1]?.folded ?? '';
    const headNext = next === 'thu' && tokens[i + 2]?.folded === 'truong' && tokens[i + 3]?.folded === 'co';
    // "các khoa, phòng, trạm y tế": the health posts listed after a centre's wards and offices
    const postNext = lower(tokens[i + 1]) === 'trạm' && lower(tokens[i + 2]) === 'y';
    if (
      token.after === ',' &&
      !GROUP_WORDS.has(next) &&
      !(SCHOOL_LEVELS.has(next) && tokens.slice(t, i).some((k) => k.folded === 'truong')) &&
      !education &&
      !headNext &&
      !postNext
    )
      break;
  }
  while (last > t && ['va', 'co', 'cac', '-', '–'].includes(tokens[last]!.folded)) {
    last--;
    end = tokens[last]!.end;
  }
  if (end < 0 || last === t) return undefined;
  const surface = text.slice(start, end);
  const foldedSurface = tokens
    .slice(t, last + 1)
    .map((token) => token.folded)
    .join(' ');
  if (!GROUP_NOUNS.test(foldedSurface)) return undefined;
  // enterprises alone ("Các công ty phát triển hạ tầng … báo cáo …") lead only as the subject that opens a line or sentence, not as
  // the object of a request ("… yêu cầu các doanh nghiệp trong khu công nghiệp rà soát …")
  const enterprisesOnly = !GROUP_NOUNS.test(foldedSurface.replace(/doanh nghiep|cong ty/g, ''));
  const before = text.slice(0, start).replace(/[ \t]+$/u, '');
  if (enterprisesOnly && before !== '' && !/[.;:\n]$|(?:^|\n)\s*[-+–•]$/u.test(before)) return undefined;
  return { start, end, surface };
}

/**
 * "cơ quan, đơn vị, địa phương nào gặp khó khăn …", "bộ phận, đơn vị nào có vướng mắc …": the units a closing line asks to
 * report, named without "các" but with "nào", are a collective; undefined when the words at `t` are not such a list.
 */
export function unitsWhich(text: string, tokens: readonly Token[], t: number): RawGroupName | undefined {
  const token = tokens[t]!;
  if (!/ nào (?:gặp|có|phát sinh) /u.test(text.slice(token.start, token.start + 80)) || !GROUP_NOUNS.test(token.folded + ' ' + (tokens[t + 1]?.folded ?? '')))
    return undefined;
  const group = matchGroup(text, tokens, t, token.start);
  return group && /^\s+nào\s/u.test(text.slice(group.end)) ? group : undefined;
}

/**
 * "Trưởng các thôn, tổ dân phố", and on a heading "Trưởng khoa lâm sàng, cận lâm sàng", "Trưởng phòng chuyên môn, đơn vị sự nghiệp
 * thuộc …": the heads of a collective answer for it; "Trưởng thôn Tân Hòa", "Trưởng ban quản lý …" name no collective.
 */
export function headsOfCollective(text: string, tokens: readonly Token[], t: number): RawGroupName | undefined {
  const titled = headOfEach(text, tokens, t);
  if (titled) return titled;
  const head = tokens[t];
  const next = tokens[t + 1];
  if (head?.word !== 'Trưởng' || !next) return undefined;
  if (next.folded === 'cac') return matchGroup(text, tokens, t + 1, head.start);
  if (!/^\p{Ll}/u.test(next.word) || next.start !== head.end + 1) return undefined;
  const group = matchGroup(text, tokens, t + 1, head.start);
  if (!group) return undefined;
  // ("… đơn vị sự nghiệp thuộc …": the kind's last words in lower case stay in it, the owner after "thuộc" does not)
  const own = group.start + group.surface.replace(/\s+(?:trực\s+)?thuộc$/u, '').length;
  const rest = /^(?:\s+(?!(?:trực thuộc|thuộc|trên)\s)\p{Ll}+){0,3}(?=\s*(?:[:(]|\n|$)|\s+(?:trực thuộc|thuộc|trên địa bàn)\s)/u.exec(text.slice(own));
  if (!rest) return undefined;
  const end = own + rest[0].length;
  return { start: group.start, end, surface: text.slice(group.start, end) };
}

/** a title whose holder heads each body after "các": "Tổ trưởng", "Trưởng ban quản lý" */
const TITLE_OF_EACH = /^(?:Tổ trưởng|Trưởng ban quản lý|Trưởng ban điều hành)\s+các\s+$/u;
/** words that end the bodies' kind: a verb or a link ("báo cáo", "tổ chức", "về", "thực hiện") */
const NOT_KIND = /^(?:bao|to|chu|phoi|thuc|trien|xay|kiem|tham|lap|ra|tong|gui|ve|tai|trong|theo|de|co|la|duoc|kip|huong|cap)$/;

/**
 * "Tổ trưởng các tổ báo cáo … trước ngày 25 hằng tháng", "3. Trưởng ban quản lý các cảng cá, bến cá": the heads of each body of a
 * kind answer for those bodies; the kind is up to four lower-case words, or a list of them joined by commas.
 */
function headOfEach(text: string, tokens: readonly Token[], t: number): RawGroupName | undefined {
  const head = tokens[t];
  if (head?.word !== 'Tổ' && head?.word !== 'Trưởng') return undefined;
  let i = t + 1;
  while (i < tokens.length && i <= t + 4 && tokens[i]!.folded !== 'cac') i++;
  const cac = tokens[i];
  if (cac?.folded !== 'cac' || !TITLE_OF_EACH.test(text.slice(head.start, cac.end + 1))) return undefined;
  let end = -1;
  let inKind = 0;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    const token = tokens[k]!;
    if (!/^\p{Ll}/u.test(token.word) || (inKind > 0 && NOT_KIND.test(token.folded)) || inKind >= 4) break;
    end = token.end;
    inKind = token.after.trim() === ',' ? 0 : inKind + 1;
    if (token.after.trim() !== '' && token.after.trim() !== ',') break;
  }
  return end < 0 ? undefined : { start: head.start, end, surface: text.slice(head.start, end) };
}
