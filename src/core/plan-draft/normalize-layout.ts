import { foldVietnamese } from '../text/fold.ts';
import { caseCapitalLabel } from './capital-labels.ts';
import { partiesForEachParty } from './each-party.ts';
import { gridTablesToPipes } from './grid-table.ts';
import { joinHardWraps, slashLabels } from './hard-wrap.ts';
import { withoutMemberRole } from './member-role.ts';
import { officialHeading } from './official-heading.ts';
import { officialInLine } from './official-in-line.ts';
import { dropCatalogueTables } from './data-list-table.ts';
import { dropMailHeaders } from './mail-headers.ts';
import { citeLegendUnits } from './unit-legend.ts';
import { splitGroupLeads } from './split-group-lead.ts';
import { timeAsideAfterDuty } from './subject-time-aside.ts';
import { tableToLines } from './pipe-table.ts';
import { splitTopicOpening } from './topic-heading.ts';

/**
 * Puts a plan's structure back on its own lines when a crawl, a PDF or a paste ran lines together
 * (input: lines from cleanPlanText):
 *  - a document-kind heading glued after a dateline or a signature ("… năm 2020 QUYẾT ĐỊNH …",
 *    "… Nguyễn Văn A CHƯƠNG TRÌNH HÀNH ĐỘNG …") starts a line;
 *  - an item number left at the end of the line before ("… tiến bộ 1.1.") moves to the item;
 *  - a number alone on its line ("2.", "Điều 1.") joins the text after it;
 *  - a sub-item glued inside its parent ("3. Giải quyết … 3.1. Rà soát …") starts a line;
 *  - a responsibility or time line glued to the text before ("… địa phương -Thời gian thực hiện: …"), also
 *    written short after the duty's sentence ("… tập trung. Chủ trì: X; phối hợp: Y; thời gian: tháng 7/2025.");
 *  - a line broken inside a sentence (PDF text, a narrow paste) is joined back (joinWrappedLines);
 *  - the plan's period opening a paragraph ("Kế hoạch này thực hiện từ … đến …. Văn phòng … theo dõi …") is a line of its own;
 *  - grid tables become pipe tables (grid-table.ts), pipe tables lines (see pipe-table.ts); Markdown heading marks are dropped.
 */
export function normalizeLayout(text: string): string {
  const out: string[] = [];
  for (const line of splitGroupLeads(
    tablesToLines(
      partiesForEachParty(
        joinWrappedLines(
          joinHardWraps(slashLabels(dropCatalogueTables(gridTablesToPipes(citeLegendUnits(dropPageFurniture(dropMailHeaders(text.split('\n')))))))),
        ),
      ),
    ),
  )) {
    // footnotes ("[1] tại Chương trình số …") are citations, and their marks in the text are noise
    if (/^\[\d{1,3}\]\s/.test(line)) continue;
    const plain = timeAsideAfterDuty(
      officialInLine(
        officialHeading(withoutMemberRole(caseCapitalLabel(joinSpacedCapitals(line.replace(/^#{1,6}\s+/, '').replace(/(?<=\S)\[\d{1,3}\]/g, '')), text))),
      ),
    );
    for (const line of unfoldRoleBracket(plain)) for (const part of splitRunOn(line)) out.push(part);
  }
  return joinMarkers(out).join('\n');
}

/** "(Cơ quan chủ trì: X; phối hợp: Y; thời gian: T)" closing a duty, or on the line after it */
const ROLE_BRACKET = /^(.*?)\s*\(\s*((?:(?:Cơ quan|Đơn vị)\s+)?(?:[Cc]hủ trì(?:\s+thực hiện)?|[Tt]hực hiện)\s*:[^()]*)\)\s*[.;]?\s*$/u;

/**
 * A duty closed by its roles and time in brackets, "Xây dựng … (Cơ quan chủ trì: X; phối hợp: Y, Z;
 * thời gian: quý III/2025).", gets them as the attribute lines that follow a duty elsewhere, so X leads
 * and the time is the duty's (the bracket's parts are split at "; label:", not at every ";"); "(Thực hiện: X; phối hợp: Y)" too.
 */
function unfoldRoleBracket(line: string): string[] {
  const m = ROLE_BRACKET.exec(line);
  if (!m) return [line];
  // "(Thực hiện: Liên đội; phối hợp: …)" names the unit that carries the duty out
  const parts = m[2]!.split(/;\s*(?=[^;:]{2,40}:)/u).map((p) =>
    p
      .trim()
      .replace(/[.;]$/, '')
      .replace(/^[Tt]hực hiện\s*:/u, 'Đơn vị thực hiện:'),
  );
  if (!parts.every((p) => readAttributeLine(p))) return [line];
  const duty = m[1]!.trim();
  // under a dash line its attributes are its own sub-lines ("+ Đơn vị thực hiện: …"), as a table row's are (pipe-table.ts)
  const mark = /^[Tt]hực hiện/u.test(m[2]!) && /^[-–]\s/u.test(duty) ? '+ ' : '';
  return [...(duty ? [/[.;:]$/.test(duty) ? duty : `${duty}.`] : []), ...parts.map((p) => mark + p.charAt(0).toUpperCase() + p.slice(1))];
}

const KIND_WORDS = 'KẾ HOẠCH|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|CHỈ THỊ|PHƯƠNG ÁN|ĐỀ ÁN|HƯỚNG DẪN|PHỤ LỤC|THÔNG BÁO|CÔNG ĐIỆN';
/**
 * a kind heading after a word with a lower-case letter or a digit ("2020 QUYẾT ĐỊNH", "Tháp CHƯƠNG TRÌNH");
 * `(?=\\s)` first: the look-behind scans back over a whole word, so tried at every letter of a long line
 * with no space it made splitting quadratic (a 200,000-character line took 40 s)
 */
const KIND_RUN_ON = new RegExp(`(?=\\s)(?<=[\\p{Ll}\\d][^\\s]*[,.;:]?)\\s+(?=(?:${KIND_WORDS})(?:\\s|:|$|Về việc|V\\/v))`, 'gu');
const KIND_BEFORE_TITLE = new RegExp(`^(${KIND_WORDS})\\s+(\\p{Lu}[^\\s]*\\p{Ll}.*)$`, 'u');
const ATTRIBUTE_RUN_ON =
  /(?<=\S)\s*(?:[-–*]\s*|\s)(?=(?:Cơ quan|Đơn vị)\s+(?:chủ trì|thực hiện|phối hợp|phụ trách)[^:]{0,20}:|Thời (?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành|hoàn tất|triển khai))?\s*:)|(?<=[.;])\s+(?=(?:[Cc]hủ trì|[Pp]hối hợp|[Tt]hời (?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành))?)\s*:)/gu;
const TRAILING_MARKER = /^(.*\S)\s+((?:\d{1,2}\.)+\d{0,2}\.?|[IVX]{1,4}\.)$/u;
const NOT_BEFORE_MARKER =
  /(?:^|\s)(?:điều|khoản|điểm|mục|số|lần|loại|nhóm|cấp|phần|tại|theo|và|năm|tháng|ngày|lớp|tổ|khu|phường|quận|đợt|đoạn|bước|kỳ|khóa|khoá|hạng|vùng|mức|lục|quý|tuần|giờ|vòng|tập|lớp|đội|trạm|thôn|ấp|khóm|nhà|phòng|độ)$/i;
const MARKER_ONLY = /^(?:(?:\d{1,2}\.)+\d{0,2}\.?|[IVX]{1,4}\.|Điều\s+\d{1,3}\.?|[a-zđ]\))$/u;
const CHILD_GLUED = /^(\d{1,2})\.\s.*?\s(?=\1\.\d{1,2}\.?\s+\p{Lu})/u;

const VOWELS = /[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u;

/**
 * A heading in capitals whose letters were pulled apart by a scan or a PDF ("S Ở GIÁO D Ụ C VÀ ĐÀO T Ạ O",
 * "K Ế HO Ạ CH") gets its words back: a lone consonant starts the syllable after it, a lone vowel ends
 * the one before it and takes a consonant ending ("C", "CH", "NG") that follows.
 */
export function joinSpacedCapitals(line: string): string {
  const words = line.split(' ');
  if (line !== line.toUpperCase() || words.filter((w) => /^\p{Lu}$/u.test(w)).length < 2) return line;
  const out: string[] = [];
  let lastWasLone = false;
  for (const word of words) {
    const previous = out[out.length - 1];
    const lone = /^\p{Lu}$/u.test(word);
    const previousLoneConsonant = previous !== undefined && /^\p{Lu}$/u.test(previous) && !VOWELS.test(previous);
    const loneVowel = lone && VOWELS.test(word);
    const consonantEnding = /^(?:C|CH|NG|NH|M|N|P|T|I|O|U|Y)$/u.test(word) && lastWasLone;
    if (previous !== undefined && /\p{Lu}$/u.test(previous) && (previousLoneConsonant || loneVowel || consonantEnding)) {
      out[out.length - 1] = previous + word;
    } else out.push(word);
    lastWasLone = lone;
  }
  return out.join(' ');
}

/** "Kế hoạch này thực hiện từ ngày ký đến hết năm 2025." opening a paragraph: the plan's period, a sentence of its own */
const PERIOD_SENTENCE =
  /^((?:Kế hoạch|Chương trình|Phương án|Đề án)[^.;:]{0,20}\s(?:được\s+)?(?:triển khai\s+)?thực hiện\s+(?:từ|trong)\s[^.;:]{3,80}\.)\s+(?=\p{Lu})/u;

function splitRunOn(line: string): string[] {
  if (line === '') return [line];
  const period = PERIOD_SENTENCE.exec(line);
  if (period) return [period[1]!, ...splitRunOn(line.slice(period[0].length))];
  const roles = splitPipedRoles(line);
  if (roles) return roles;
  let parts = splitTopicOpening(line).flatMap((p) => p.split(KIND_RUN_ON).flatMap((piece, i) => (i > 0 ? kindApart(piece) : [piece])));
  parts = parts.flatMap((p) => splitAttributes(p));
  parts = parts.flatMap((p) => splitGluedChild(p));
  parts = parts.flatMap((p) => splitGluedSiblings(p));
  return parts.map((p) => p.trim()).filter((p, i) => p !== '' || i === 0);
}

/**
 * "Đầu mối: Vụ A | Tham gia: Vụ B | Hoàn thành: quý II" under a duty: its role and time lines written on one line with pipes
 * stand on lines of their own, as if written one under another (a table row opens with a pipe and is not such a line).
 */
function splitPipedRoles(line: string): string[] | undefined {
  if (/^\s*\|/.test(line) || !line.includes('|')) return undefined;
  const parts = line.split(/\s*\|\s*/u).map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => readAttributeLine(p)) ? parts : undefined;
}

/** "KẾ HOẠCH Tuyển sinh vào lớp 10 …" cut from a run-on line: the kind stands on its line above its title in the title's own case. */
function kindApart(piece: string): string[] {
  const m = KIND_BEFORE_TITLE.exec(piece);
  return m ? [m[1]!, m[2]!] : [piece];
}

function splitAttributes(line: string): string[] {
  // only when the line is an item's text, not the attribute's own start
  // a bullet before the attribute ("- Cơ quan thực hiện: …") is the line's own marker, not a piece
  const pieces = line.split(ATTRIBUTE_RUN_ON).filter((p, i) => i === 0 || !/^[-–*+\s]*$/.test(p));
  if (/^[-–*+]$/.test(pieces[0]!.trim()) && pieces.length > 1) pieces.shift();
  // "2. Thời gian: Tháng hành động … từ … đến …": a numbered item labelled as a time is the item itself, not a time line after it
  if (pieces.length === 1 || MARKER_ONLY.test(pieces[0]!.trim())) return [line];
  return pieces.map((p, i) => (i > 0 && !/^[-–*+]/.test(p) ? `- ${p}` : p));
}

function splitGluedChild(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  for (let m = CHILD_GLUED.exec(rest); m; m = CHILD_GLUED.exec(rest)) {
    out.push(m[0].trim());
    rest = rest.slice(m[0].length);
  }
  out.push(rest);
  return out;
}

/**
 * Sibling items run together on one line ("a) Rà soát …; b) Kiểm tra …", "1. Lập … . 2. Tổ chức …"):
 * each starts a line, only in the order the first one sets (a → b → c, 1 → 2 → 3).
 */
function splitGluedSiblings(line: string): string[] {
  const first = /^([a-zđ])\)\s|^(\d{1,2})\.\s/u.exec(line);
  if (!first) return [line];
  const letters = 'abcdđeghiklmnopqrstuvxy';
  const out: string[] = [];
  let rest = line;
  let current = first[1] ?? first[2]!;
  for (;;) {
    const next = first[1] ? letters[letters.indexOf(current) + 1] : String(Number(current) + 1);
    if (!next) break;
    const marker = first[1] ? `${next}\\)` : `${next}\\.`;
    const m = new RegExp(`[.;:]\\s+(?=${marker}\\s+\\S)`, 'u').exec(rest);
    if (!m) break;
    out.push(rest.slice(0, m.index + 1).trim());
    rest = rest.slice(m.index + m[0].length);
    current = next;
  }
  out.push(rest);
  return out;
}

function joinMarkers(lines: string[]): string[] {
  const out: string[] = [];
  let carried: string | undefined;
  for (const line of lines) {
    if (line === '') {
      out.push(line);
      continue;
    }
    let current = line;
    if (carried) {
      current = MARKER_ONLY.test(current) || /^(?:\d{1,2}\.|[IVX]{1,4}\.|[a-zđ]\)|[-–+•])\s/u.test(current) ? current : `${carried} ${current}`;
      if (current === line) out.push(carried);
      carried = undefined;
    }
    const trailing = TRAILING_MARKER.exec(current);
    if (trailing && !NOT_BEFORE_MARKER.test(trailing[1]!)) {
      out.push(trailing[1]!);
      carried = trailing[2]!;
      continue;
    }
    if (MARKER_ONLY.test(current)) {
      carried = current;
      continue;
    }
    out.push(current);
  }
  if (carried) out.push(carried);
  return out;
}

/** words after which a sentence cannot end, so a capitalised next line still continues it */
const OPEN_ENDING =
  /(?:^|\s)(?:và|với|của|cho|các|tại|theo|về|trên|đến|từ|là|được|có|những|để|trong|thuộc|giao|đề nghị|chủ trì|phối hợp|hoặc|gồm|như|ngày|tháng|năm|trước|chậm nhất|ít nhất|tối thiểu|tối đa|trong vòng|khoảng|khi|kể từ|định kỳ|thứ|vào)$/u;
/** a wrapped line of running text (not a short heading such as "2. Thanh tra Bộ") may end inside a unit's name */
const NAME_HEAD_ENDING = /(?:^|\s)(?:Ủy ban|Sở|Phòng|Trạm|Trung tâm|Ban|Chi cục|Cục|Hội|Đài|Văn phòng|Công an|Hạt|Trường|Bộ)$/u;
const LIST_START = /^(?:[-–+•*|]|[a-zđ]\)|(?:\d{1,2}\.)+\d{0,2}\s|[IVX]{1,4}\.\s|Điều\s+\d)/u;

/**
 * A line broken inside a sentence joins the line before it: it starts in lower case (or with a date,
 * or the line before ends on a word no sentence ends with: "và", "của", "chủ trì" …), is no list
 * item, and the line before is text that does not end a sentence or a heading (". ; : ! ?").
 */
const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^Trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/iu;

/**
 * A running header seen once (a plan of two pages): "Sở Tư pháp tỉnh X - KH theo dõi THPL 2026", the issuer, a dash, then the
 * document's kind and short name, no sentence end
 */
const ISSUER_DASH_TITLE = /^\p{Lu}[^.;:!?]{3,80}\s[-–]\s(?:KH|CTr|CT|QĐ|KL|NQ|Kế hoạch|Chương trình|Quyết định|Chỉ thị|Đề án|Phương án)(?:\s[^.;:!?]{0,80})?$/u;

/**
 * Text pasted from a PDF keeps its page furniture: a bare page number and, after it, a running
 * header repeated on every page ("Kế hoạch … - UBND huyện …"). Both go, with the blank lines around
 * them, so a sentence cut by a page break joins up again.
 */
function dropPageFurniture(all: readonly string[]): string[] {
  const lines = dropDocumentFooters(all);
  const isPage = (i: number) => PAGE_NUMBER.test(lines[i] ?? '');
  const afterPage = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (!isPage(i)) continue;
    let j = i + 1;
    while (lines[j] === '') j++;
    const next = lines[j];
    if (next && next.length >= 15) afterPage.set(next, (afterPage.get(next) ?? 0) + 1);
  }
  const count = new Map<string, number>();
  for (const line of lines) count.set(line, (count.get(line) ?? 0) + 1);
  // the document's own name, repeated at the top of a page ("Kế hoạch bồi dưỡng … năm 2027" under the title line "Bồi dưỡng … năm 2027")
  const names = lines
    .slice(0, 20)
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l.length >= 15);
  const repeatsName = (line: string) => names.some((n) => line.trim().toLowerCase().endsWith(n));
  const running = (line: string) => (afterPage.get(line) ?? 0) >= 1 && ((count.get(line) ?? 0) >= 2 || repeatsName(line) || ISSUER_DASH_TITLE.test(line));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isPage(i) || (out.at(-1) !== '' && i > 0 && lines[i - 1] !== '')) {
      out.push(lines[i]!);
      continue;
    }
    while (out.at(-1) === '') out.pop();
    let j = i + 1;
    while (lines[j] === '') j++;
    if (lines[j] !== undefined && running(lines[j]!)) j++;
    while (lines[j] === '') j++;
    i = j - 1;
  }
  return out;
}

/** a document's short name as a page footer or header: "LĐLĐ tỉnh Vân Sơn - KH Tháng Công nhân 2027", "Đại hội … - Kế hoạch tổ chức" */
const DOCUMENT_SIDE =
  /^(?:(?:KH|QĐ|CT|CTr|HD|PA|BC|TB|NQ|CV)(?![\p{L}\d])|(?:Kế hoạch|Quyết định|Chỉ thị|Chương trình|Hướng dẫn|Phương án|Báo cáo|Thông báo|Nghị quyết|Công văn)(?![\p{L}]))/u;

function isDocumentReference(line: string | undefined): boolean {
  if (!line || line.length > 100 || /[.;:,]$/.test(line) || LIST_START.test(line)) return false;
  const sides = line.split(/\s[-–]\s/u);
  return sides.length === 2 && sides.every((side) => side.trim().length >= 3) && sides.some((side) => DOCUMENT_SIDE.test(side.trim()));
}

/**
 * A PDF's page footer or header that names the document ("SVHTTDL tỉnh Kim Sơn - KH Đại hội …") next to the page number, above
 * or below it, is page furniture even when it appears once (a short document has one page break): both lines go.
 */
function dropDocumentFooters(lines: readonly string[]): string[] {
  const drop = new Set<number>();
  const near = (from: number, step: number) => {
    let j = from + step;
    while (lines[j] === '') j += step;
    return j;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!PAGE_NUMBER.test(lines[i] ?? '')) continue;
    for (const j of [near(i, -1), near(i, 1)]) {
      if (!isDocumentReference(lines[j])) continue;
      // with the blank lines around them, so a sentence cut by the page break joins up again
      let from = Math.min(i, j);
      let to = Math.max(i, j);
      while (lines[from - 1] === '') from--;
      while (lines[to + 1] === '') to++;
      for (let k = from; k <= to; k++) drop.add(k);
    }
  }
  return lines.filter((_, i) => !drop.has(i));
}

function joinWrappedLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const continues =
      previous !== undefined &&
      previous !== '' &&
      line !== '' &&
      !previous.startsWith('|') &&
      !/[.;:!?]$/.test(previous) &&
      !LIST_START.test(line) &&
      (/^\p{Ll}/u.test(line) ||
        /^\d{1,2}\/\d{1,2}\/\d{4}/.test(line) ||
        OPEN_ENDING.test(previous) ||
        // "… Kế hoạch số" then "15/KH-UBND …"; but "1. Phát triển hạ tầng số" (digital) is a heading of its own
        (/(?:^|\s)số$/u.test(previous) && /^\d/.test(line)) ||
        (previous.length >= 50 && NAME_HEAD_ENDING.test(previous)));
    if (continues) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
  }
  return out;
}

function tablesToLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let table: string[] = [];
  const flush = () => {
    if (table.length > 0) out.push(...tableToLines(table));
    table = [];
  };
  for (const line of lines) {
    if (line.startsWith('|')) table.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}

/** "Cơ quan thực hiện:", "Thời gian hoàn thành:" …: a line that gives the duty before it its lead or time. */
export type AttributeKind = 'executor' | 'lead' | 'support' | 'time' | 'other';

export function readAttributeLine(text: string): { kind: AttributeKind; value: string } | undefined {
  const m = /^([^:]{3,40}):\s*(.*)$/.exec(text);
  if (!m) return undefined;
  const label = foldVietnamese(m[1]!);
  const value = m[2]!.trim();
  // "Bộ phận thực hiện:", "Lực lượng thực hiện:": the offices of one body or the forces of a campaign name the doer the same way
  if (/^(co quan|don vi|bo phan|luc luong)( duoc giao)? (thuc hien|phu trach|dau moi)( chinh)?$/.test(label)) return { kind: 'executor', value };
  // "Chủ trì:", "Chủ trì thực hiện:", "Đơn vị chủ trì:", "Cơ quan chủ trì thực hiện:", "(Đơn vị) chịu trách nhiệm (chính):"
  if (/^((co quan|don vi|bo phan|luc luong)( duoc giao)? )?(chu tri|chiu trach nhiem)( chinh)?( thuc hien)?$/.test(label)) return { kind: 'lead', value };
  if (/^((co quan|don vi|bo phan|luc luong)( tham gia)? )?phoi hop( thuc hien)?$/.test(label)) return { kind: 'support', value };
  // "Đầu mối: Cục A", "Tham gia: Vụ B, Vụ C": the short labels of a role line
  if (/^dau moi$/.test(label)) return { kind: 'lead', value };
  if (/^((co quan|don vi) )?tham gia( thuc hien)?$/.test(label)) return { kind: 'support', value };
  if (/^(thoi gian|thoi han|tien do)( (thuc hien|hoan thanh|hoan tat|trien khai|bao cao))?$/.test(label)) return { kind: 'time', value };
  // "- Hoàn thành: trước ngày 31/3/2024", "Hạn hoàn thành: quý II/2024": when the duty above is due
  if (/^(?:(?:han|thoi diem|moc) )?hoan thanh$/.test(label)) return { kind: 'time', value };
  // "- Nội dung: bố trí khu điều trị riêng; …" under an activity's heading: what the activity holds, part of its duty
  if (/^(san pham|ket qua|ket qua dau ra|san pham dau ra|kinh phi|nguon kinh phi|hinh thuc van ban|noi dung(?: thuc hien| cong viec)?)$/.test(label))
    return { kind: 'other', value };
  return undefined;
}
