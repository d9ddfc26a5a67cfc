import { foldVietnamese } from '../text/fold.ts';
import type { UnitMention } from './discover-units.ts';
import { readAttributeLine } from './normalize-layout.ts';
import { ancestors, type OutlineNode } from './outline.ts';
import { REPORTS_PROBLEMS } from './problem-report.ts';
import type { DraftCriterion } from './types.ts';
import { namesUnitOverItems } from './unit-heading-rest.ts';

export { REPORTS_PROBLEMS };

/** Sections that state aims, grounds or background: their items are not assignable work. */
const NOT_TASK_SECTION =
  /^(muc dich|muc tieu|yeu cau(?! (?:(?:cac )?(?:giam doc|pho giam doc|chu tich|thu truong|chanh van phong|bo truong|chi huy truong|hieu truong|nguoi dung dau)|(?:cac )?(?:so|uy ban nhan dan|ubnd|cong an) ))|can cu|noi dung tuyen truyen|tinh hinh|dac diem|ket qua|quan diem|pham vi|doi tuong|dieu kien|tieu chuan|nguyen tac|ho so|thu tu uu tien|danh gia tinh hinh|danh gia chung|danh gia ket qua|thuc trang|giai thich tu ngu|thanh phan|luc luong tham gia|kinh phi|nguon kinh phi|chi tieu|phuong thuc|uu tien|trinh tu|thu tuc|(?:noi dung (?:va )?)?muc ho tro|noi dung ho tro|kho khan|vuong mac|kien nghi|de xuat, kien nghi|quyen han|(?:cac )?(?:loai hinh|hanh vi|mat hang)\b|dia ban\b)/;
// "Đợt cao điểm thứ nhất …", "Đợt thứ hai …": a round named by its ordinal
const PHASE = /^(giai doan|hoc ky|dot|buoc|tuan)(?:\s+cao diem)?(?:\s+thu)?\s+(\d+|i{1,3}|iv|v|mot|nhat|hai|ba|bon|tu|nam)(?![\p{L}\d])\s*[:.\-–]?\s*/u;
const PHASE_KINDS: Record<string, { code: string; name: string }> = {
  'giai doan': { code: 'GD', name: 'Giai đoạn' },
  'hoc ky': { code: 'HK', name: 'Học kỳ' },
  dot: { code: 'DOT', name: 'Đợt' },
  buoc: { code: 'BUOC', name: 'Bước' },
  // "Tuần 2 (từ ngày 08/3 đến ngày 14/3/2027) - Tuần …": a week of a month's schedule
  tuan: { code: 'TUAN', name: 'Tuần' },
};
const ROMAN_NUMERALS = ['', 'I', 'II', 'III', 'IV', 'V'];

export interface PhaseLabel {
  order: number;
  /** the text after the label */
  rest: string;
  /** "GD1", "HK2" */
  code: string;
  /** "Giai đoạn 1", "Học kỳ II" */
  name: string;
}
const PHASE_WORDS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, mot: 1, nhat: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5 };

export function isHeading(node: OutlineNode): boolean {
  return node.kind === 'article' || node.kind === 'roman' || node.kind === 'numbered' || node.kind === 'letter';
}

/** Inside an implementation section (not "Mục tiêu, yêu cầu", not the preamble). */
export function inTaskScope(node: OutlineNode): boolean {
  const chain = [node, ...ancestors(node)];
  if (!chain.some(isHeading)) return false;
  // the plan's closing line about problems, put by the outline under its last part ("IV. KINH PHÍ"), is no part of that part
  if (node.kind === 'paragraph' && node.text.split(/;\s*|(?<=\.)\s+/u).some((clause) => REPORTS_PROBLEMS.test(clause))) return true;
  // "II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN" over "THỜI KỲ CHUẨN BỊ (từ … đến …)" and its duties: a period heading opens work of its
  // own, so only the headings under it can make its lines no tasks
  const period = chain.findIndex(isPeriodHeading);
  const scope = period < 0 ? chain : chain.slice(0, period + 1);
  // a heading, not a duty that happens to open with "Căn cứ vào điều kiện …, hình thành …"
  return !scope.some(
    (n) => isHeading(n) && NOT_TASK_SECTION.test(foldVietnamese(n.text)) && n.text.split(/\s+/).length <= 14 && !groupsLedItems(n) && !alsoNamesDuties(n),
  );
}

/** "II. CHỈ TIÊU VÀ NHIỆM VỤ THEO TỪNG LĨNH VỰC": the section holds the duties too; its own "Chỉ tiêu" sub-headings still hold only targets */
function alsoNamesDuties(heading: OutlineNode): boolean {
  return /^[^:]*?(?:,| va) (?:cac )?(?:nhiem vu|giai phap)\b/.test(foldVietnamese(heading.text));
}

/** "Giai đoạn 1: …", "Bước 2 …", "THỜI KỲ CHUẨN BỊ (…)", "ĐỢT 1: … (…)" read by the outline as a heading of a period */
function isPeriodHeading(node: OutlineNode): boolean {
  return node.kind === 'numbered' && /^(?:TK|GĐ|B)\d*$/u.test(node.label);
}

/**
 * A heading with its own doer line, or over items that each name who leads them ("- Cơ quan chủ trì: …", a duty table's rows) groups work, even
 * when it names a field that reads like a section of aims ("TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG", "THỦ TỤC HÀNH CHÍNH").
 */
function groupsLedItems(heading: OutlineNode): boolean {
  // "8. Kinh phí" over "- Đơn vị thực hiện: Phòng Tài chính - Kế toán lập dự toán …": an activity with its own doer, not a funding rule
  if (heading.kind === 'numbered' && heading.children.some((line) => isLeadLine(line.text))) return true;
  const items = heading.children.filter((c) => c.kind !== 'paragraph' && c.kind !== 'dash' && c.kind !== 'plus');
  return items.length > 0 && items.every((item) => item.children.some((line) => isLeadLine(line.text)));
}

function isLeadLine(text: string): boolean {
  const kind = readAttributeLine(text)?.kind;
  return kind === 'lead' || kind === 'executor';
}

/** "Giai đoạn 2: …", "Học kỳ II: …", "Đợt 1: …" → its order, code, name and the text after the label. */
export function readPhaseLabel(text: string): PhaseLabel | undefined {
  const folded = foldVietnamese(text);
  const m = PHASE.exec(folded);
  if (!m) return undefined;
  const kind = PHASE_KINDS[m[1]!]!;
  const order = /^\d+$/.test(m[2]!) ? Number(m[2]) : (PHASE_WORDS[m[2]!] ?? 0);
  if (order === 0) return undefined;
  // folded text keeps word positions except collapsed spaces; count label words to cut the original
  const words = m[0].trim().split(/\s+/).length;
  const rest = text
    .split(/\s+/)
    .slice(words)
    .join(' ')
    .replace(/^[:.\-–]\s*/, '')
    // "Bước 1 (từ ngày … đến ngày …): các cơ quan tự rà soát": the period in parentheses is the phase's, not its work
    .replace(/^\([^)]*\)\s*[:.\-–]?\s*/, '');
  const numeral = /^[ivx]+$/.test(m[2]!) ? ROMAN_NUMERALS[order] : String(order);
  return { order, rest, code: `${kind.code}${order}`, name: `${kind.name} ${numeral}` };
}

const PERSON_TITLES =
  /(?:^|(?<=[\s,;:]))(?:giám đốc|phó giám đốc|chủ tịch|thủ trưởng|bộ trưởng|chánh văn phòng|chánh thanh tra|chánh|chỉ huy trưởng|trưởng ban|trưởng|người đứng đầu|bí thư|chủ nhiệm|hiệu trưởng)(?=\s|$)/giu;

const AREA_OF_COLLECTIVE = /\s(?:trong|trên địa bàn|thuộc|tại)\s+(?:toàn\s+)?(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn)\s*:?\s*$/iu;

/** " nhận đặt hàng của Sở", " được hỗ trợ kinh phí …", " tham gia Chương trình …": no date, no sentence after it */
const COLLECTIVE_QUALIFIER = /^\s+(?:nhận|được|tham gia|đang|đã)\s[^\d.;:()]{1,80}[\s:]*$/u;

/**
 * The whole text is a unit list ("1. Công an thành phố:", "b) Đề nghị Ủy ban MTTQ và các đoàn thể:", "2. Đối với Phòng X",
 * "5. Riêng Chi cục Y", "3. Nhiệm vụ của Ủy ban nhân dân các xã": the items under it are that unit's alone).
 */
export function isUnitHeading(text: string, mentions: readonly UnitMention[]): boolean {
  if (mentions.length === 0) return false;
  let rest = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start) + rest.slice(m.end);
  // "Giao Giám đốc Sở X", "Chủ tịch UBND các huyện": the head of a unit stands for the unit;
  // "Phòng X (PC06) - đơn vị thường trực": the unit's role after its name keeps it a heading
  rest = rest.replace(PERSON_TITLES, ' ');
  // "5. Đối với các cơ sở giáo dục nghề nghiệp nhận đặt hàng của Sở", "2. Các doanh nghiệp tham gia Chương trình …": which
  // members of the collective, told by what they take part in or receive
  const last = [...mentions].sort((a, b) => b.end - a.end)[0]!;
  const qualifier = last.group ? COLLECTIVE_QUALIFIER.exec(text.slice(last.end)) : null;
  if (qualifier) rest = rest.slice(0, rest.length - qualifier[0].length);
  // "Chủ tịch UBND các huyện, thị xã và thành phố Hà Trung:": the collective's last member named
  const after = text.slice(last.end);
  const member = last.group && /(?:thành phố|thị xã)$/u.test(last.text) ? /^\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}(?=[\s:.]*$)/u.exec(after) : null;
  if (member && rest.endsWith(after)) rest = rest.slice(0, rest.length - after.length) + after.slice(member[0].length);
  // "5. Các trường học đóng trên địa bàn (mầm non, tiểu học, THCS)": the units based in the area, then which of them
  rest = rest.replace(
    /\s(?:đóng\s+)?(?:trên|tại)\s+địa bàn(?:\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?:\s+\p{Lu}\p{Ll}*)*)?(?:\s*\([^()]*\))?[\s:.]*$/u,
    ' ',
  );
  // "5. Các trường Mầm non, Tiểu học trên địa bàn xã", "6. Đề nghị Mặt trận … và các đoàn thể ở xã": where the units are
  rest = rest.replace(/\s(?:trên địa bàn|ở|tại)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?:\s+\p{Lu}\p{Ll}*)*[\s:.]*$/u, ' ');
  // "Chủ tịch UBND các xã, thị trấn trong huyện", "Đề nghị UBND các xã, phường trên địa bàn tỉnh": the area a collective covers
  rest = rest.replace(AREA_OF_COLLECTIVE, ' ');
  // "7. UBND các xã, phường có rừng", "4. UBND các huyện, thị xã có biển": which of them the heading means
  rest = rest.replace(/\scó\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}[\s:.]*$/u, ' ');
  // "Giao Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Lâm Giang": the short form inside the name, then the unit's province
  rest = rest.replace(/(\([^)]*\))\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s+\p{Lu}\p{Ll}*)+[\s:.]*$/u, '$1');
  // "Xí nghiệp Thoát nước số 3 thuộc Công ty …": the company a works belongs to
  rest = rest.replace(/\s(?:trực\s+)?thuộc\s*$/u, ' ');
  // "1. Phòng LĐ-TB&XH huyện, cơ quan thường trực Ban Chỉ đạo … về giảm nghèo, có trách nhiệm:": the unit's standing role, named
  // after it, keeps it a heading
  rest = rest.replace(/,\s*(?:là\s+)?(?:cơ quan|đơn vị)\s+(?:thường trực|đầu mối)\s[^,:;()]{0,160}?(?:,\s*(?:có|chịu) trách nhiệm)?[\s,:.]*$/u, ' ');
  // "3. Phòng Giáo dục và Đào tạo thành phố, nhiệm vụ cụ thể:": the unit, then a label for the items under it
  rest = rest.replace(/(?:,\s*|\s+có\s+)(?:các\s+)?nhiệm vụ(?:\s+(?:cụ thể|chính|trọng tâm))?(?:\s+(?:sau|như sau))?[\s:.]*$/u, ' ');
  // "Các Bộ trưởng, … trong phạm vi quản lý của mình", "Chủ tịch UBND các tỉnh …, nhất là các địa phương có nguy cơ …": who,
  // then how far or which of them first
  rest = rest.replace(/(?:\s+trong phạm vi (?:quản lý|chức năng, nhiệm vụ)(?: được giao)?(?: của mình)?|,\s*(?:nhất là|đặc biệt là)\s[^;:]+)[\s:.]*$/u, ' ');
  // ("3. Các Sở Giáo dục và Đào tạo:", "4. Các Viện Vệ sinh dịch tễ, Viện Pasteur:": each of the units named, "các" before them)
  return /^\s*(?:đề nghị|giao|yêu cầu|(?:(?:nhiệm vụ|trách nhiệm)(?:,?\s+(?:và\s+)?(?:nhiệm vụ|trách nhiệm|quyền hạn))?\s+)?của|đối với|riêng(?: đối với)?)?[\s,;:.]*(?:(?:các|những)\s+)?(?:cơ quan thường trực(?: của)?\s+)?(?:và|cùng)?[\s,;:.]*(?:\([^)]*\))?[\s,;:.]*(?:(?:chỉ đạo|tổ chức|có trách nhiệm|chịu trách nhiệm)\s+)?(?:(?:thực hiện|triển khai)(?:\s+(?:các|những))?(?:\s+(?:nội dung|nhiệm vụ|việc))?(?:\s+(?:sau|như sau))?)?[\s:.]*(?:[-–,]?\s*(?:là\s+)?(?:đơn vị|cơ quan|lực lượng)\s+(?:thường trực|chủ trì|đầu mối|chủ công|nòng cốt)[\s:.]*)?$/iu.test(
    rest,
  );
}

/** A heading that only names the unit whose items follow: written as such, or a name the gazetteer read short. */
export function isUnitHeadingNode(node: OutlineNode, mentions: readonly UnitMention[]): boolean {
  return isUnitHeading(node.text, mentions) || namesUnitOverItems(node, mentions);
}

/** Measurable conditions ("tiêu chí", "chỉ tiêu", "≥ 80%") become criteria, not tasks. */
export function readCriterion(node: OutlineNode, code: string): DraftCriterion | undefined {
  const folded = foldVietnamese(node.text);
  const percent = /(tren|it nhat|toi thieu|tu|dat|duoi|khong qua|khong vuot qua|≥|≤|>=|<=)?\s*(?<!\d)(\d+(?:[.,]\d+)?)\s*%/.exec(folded);
  const mentionsCriteria = /\btieu chi\b|\bchi tieu\b/.test(folded) && /dinh kem|danh muc|phai dam bao|dam bao dat|dat du|dat cac/.test(folded);
  if (!percent && !mentionsCriteria) return undefined;
  const criterion: DraftCriterion = {
    code,
    text: node.text,
    kind: percent ? 'target' : 'common',
    review: true,
    reviewNotes: [],
  };
  if (percent) {
    const op = percent[1] ?? '';
    const sign = /duoi/.test(op) ? '<' : /khong/.test(op) || op === '≤' || op === '<=' ? '<=' : op ? '>=' : '';
    criterion.target = `${sign}${percent[2]!.replace(',', '.')}`;
    criterion.unitOfMeasure = '%';
    criterion.reviewNotes.push('Chỉ tiêu đọc từ văn bản; cần kiểm tra mức và đơn vị tính.');
  }
  if (/dinh kem|danh muc|phu luc/.test(folded)) {
    criterion.reviewNotes.push('Tiêu chí chi tiết nằm ở danh mục/phụ lục đính kèm; cần nhập từng tiêu chí.');
  } else if (!percent) {
    criterion.reviewNotes.push('Tiêu chí nêu chung; cần tách thành từng điều kiện đo được.');
  }
  return criterion;
}

/**
 * A rule, not a duty: "Ngày nghỉ lễ, tết: thực hiện theo …", "Thời gian nghỉ phép năm của giáo viên được …"
 * (the subject is a time, not a unit or an action).
 */
export function isRule(text: string): boolean {
  const folded = foldVietnamese(text);
  return (
    /^(thoi gian|ngay|gio|che do) (nghi|lam viec|hoc tap|nghi phep|nghi le)\b/.test(folded) ||
    // a fact ("Ngày bầu cử là Chủ nhật, …") or a step of the public the plan is about ("Học sinh nộp phiếu …")
    /^(ngay|thoi gian|thoi diem) [^,;:]{0,30}\bla\b/.test(folded) ||
    /^(hoc sinh|thi sinh|nguoi dan|nguoi hoc|nguoi lao dong|cong dan|phu huynh|nguoi nop|to chuc, ca nhan|ca nhan, to chuc|hoi vien|cac hoi vien)\b/.test(
      folded,
    ) ||
    // where the money comes from ("Kinh phí thực hiện bảo đảm từ nguồn ngân sách …"), not work
    // ("Nguồn ngân sách phường năm 2026 và nguồn xã hội hóa; Phòng Kinh tế phường hướng dẫn …": the source alone, before the work)
    /^(tu )?nguon (ngan sach|kinh phi|von)\b[^;:]{0,80}$/.test(folded) ||
    /^(kinh phi|nguon kinh phi)\b[^;]{0,50}\b(tu nguon|tu ngan sach|bo tri tu|do ngan sach|duoc bo tri|duoc bao dam|bao dam tu|dam bao tu)\b/.test(folded) ||
    // an entitlement with its conditions ("Trường hợp đất sử dụng ổn định từ trước ngày …, thì được xem xét cấp …")
    // (not "Trường hợp người dân được hỗ trợ chưa nhận tiền, UBND các xã kịp thời báo cáo …": what a unit does when it happens)
    (/^(truong hop|doi tuong|nguoi|ho gia dinh|ca nhan|hoc sinh|dat)\b[^;]{0,200}\b(thi )?duoc (xem xet )?(cap|huong|ho tro|mien|giam|xet|cong nhan|uu tien|tuyen thang|cong diem)\b/.test(
      folded,
    ) &&
      !/^truong hop\b[^;]*,\s*(?:[^,;]{0,60}\s)?(?:bao cao|kip thoi|lap bien ban|thong bao)\s/.test(folded)) ||
    // accountability, not work: "Chủ tịch UBND các xã chịu trách nhiệm trước Chủ tịch UBND huyện về …" as the whole item
    /^[^;:]{0,120}\bchiu trach nhiem truoc (chu tich|ubnd|uy ban|bo truong|thu tuong|giam doc|truong ban|ban chi dao|hdnd|hoi dong|ban thuong vu|tinh uy|huyen uy|phap luat)\b[^;]*$/.test(
      folded,
    ) ||
    // a declaration of priority with the heads' accountability: "… xác định … là nhiệm vụ trọng tâm; người đứng đầu chịu trách nhiệm trước …"
    (/\bxac dinh\b[^;]{0,100}\bla nhiem vu (?:trong tam|quan trong|cap bach|thuong xuyen|chinh tri)/.test(folded) &&
      /\bchiu trach nhiem truoc\b/.test(folded)) ||
    // the legal consequence of an offence ("Xử lý nghiêm các hành vi phạm tội theo Bộ luật Hình sự năm …"), one clause
    /^xu ly (nghiem |nghiem minh |kien quyet )?[^;:]{0,80}\btheo (quy dinh (cua|tai) )?(bo luat|luat)\b[^;]*$/.test(folded) ||
    // what results count for: "Kết quả giải ngân là căn cứ đánh giá mức độ hoàn thành nhiệm vụ …"
    /^[^;:]{0,80}\bla (?:mot )?(?:can cu|tieu chi) (?:de |quan trong de )?(?:danh gia|xet|xep loai|binh xet)\b/.test(folded) ||
    // how a body works, not what it does: "các thành viên làm việc theo chế độ kiêm nhiệm", "Tổ công tác tự giải thể sau khi …",
    // "Tổ được sử dụng con dấu của UBND xã", "Đoàn kiểm tra có quyền yêu cầu …"
    /^[^;:]{0,80}\b(?:lam viec theo che do kiem nhiem|tu giai the(?: sau khi)?|duoc su dung con dau|co quyen)\b[^;]*$/.test(folded) ||
    // where things stand at a date: "Đến ngày 30/11/2026, huyện giải ngân được 287,4 tỷ đồng, đạt 71,2% …", nothing asked
    (/^(?:tinh )?den (?:het )?ngay \d{1,2}\/\d{1,2}\/\d{4}, [^;:]{0,80}?\b(?:dat|da|duoc)\s/.test(folded) && !/\s(?:phải|cần|yêu cầu|đề nghị)\s/u.test(text))
  );
}

/** the closing request of a directive or plan: "… nghiêm túc thực hiện Chỉ thị này./.", "… căn cứ Kế hoạch này triển khai thực hiện." */
const CLOSING_REQUEST =
  /^[^;]*\b(?:nghiem tuc|khan truong|can cu (?:noi dung )?(?:chi thi|ke hoach|quyet dinh|van ban) nay)(?: (?:to chuc|trien khai|quan triet))*(?:,? (?:to chuc|trien khai))? thuc hien(?: nghiem)?(?: (?:chi thi|ke hoach|quyet dinh|van ban|cong van)(?: nay)?)?[\s./]*$/;

/**
 * "Thủ trưởng các đơn vị căn cứ bảng phân công tại Mục II triển khai thực hiện", "… căn cứ Phụ lục triển khai thực hiện": act on what
 * was assigned above or in the appendix, no duty of its own
 */
const ACT_ON_ASSIGNMENT =
  /^[^;]*\bcan cu (?:bang phan cong|nhiem vu duoc (?:phan cong|giao)|ke hoach nay|noi dung ke hoach|(?:cac )?phu luc(?: kem theo)?)[^;.]{0,40}? (?:chu dong )?(?:trien khai|to chuc) thuc hien(?: nghiem tuc)?(?: (?:ke hoach|chi thi|thong bao) nay)?[\s./;]*$/;
/**
 * "Các phòng thuộc Sở, các trường … triển khai thực hiện Kế hoạch này./.", "Thủ trưởng các đơn vị thuộc Bộ tổ chức thực hiện các
 * nhiệm vụ được giao tại Phụ lục": carry out the whole plan or its appendix, no duty of its own
 */
const CARRY_OUT_PLAN =
  /^[^;]*\b(?:trien khai|to chuc) thuc hien (?:(?:ke hoach|chi thi) nay|cac nhiem vu duoc giao tai phu luc(?: (?:kem theo|ke hoach|quyet dinh) nay)?)[\s./]*$/;
/** "Các nhiệm vụ trọng tâm năm 2025 được phân công tại Phụ lục kèm theo …": where the duties are, no duty of its own */
const ASSIGNED_IN_APPENDIX =
  /^(?:cac )?(?:nhiem vu|noi dung|hoat dong)\b[^;.]{0,80} duoc (?:phan cong|giao|phan giao)(?: cu the)? tai (?:cac )?phu luc\b[^;.]*[\s./]*$/;
/** "Thủ trưởng các cơ quan chuyên môn chủ động triển khai các nội dung được giao": carry out what the plan gave, nothing named */
const CARRY_OUT_ASSIGNED =
  /^[^;]*\bchu dong (?:trien khai|to chuc thuc hien|thuc hien)(?: thuc hien)? (?:cac |nhung )?(?:noi dung|nhiem vu) duoc (?:giao|phan cong)[\s./]*$/;
/** "Yêu cầu Thủ trưởng các phòng, ban, Chủ tịch UBND các xã triển khai thực hiện": asked to carry out the plan, nothing named */
const ASKED_TO_CARRY_OUT = /^(?:yeu cau|de nghi)\b[^;.]{0,160}\b(?:trien khai|to chuc) thuc hien[\s./]*$/;
/**
 * "Văn phòng UBND thành phố thông báo để các cơ quan, đơn vị biết, thực hiện./.", "… trân trọng thông báo ý kiến kết luận nêu trên để
 * các cơ quan, đơn vị liên quan biết và triển khai./.": a notice's closing line
 */
const NOTICE_CLOSING = /\bthong bao (?:[^;]{0,60}? )?(?:de|cho) [^;]{0,80}\bbiet(?:,? (?:va )?(?:phoi hop )?(?:thuc hien|trien khai))?[\s./]*$/;

/** what befalls those who fail the closing request: answering for it, or its weight in the year's emulation review */
const CONSEQUENCE =
  /[;.,]\s*(?:(?:truong hop|neu)\b[^;]{0,120}?\b(?:chiu trach nhiem|xem xet trach nhiem|bi xu ly|xu ly trach nhiem)\b[^;]*|ket qua thuc hien (?:la|se la) (?:can cu|tieu chi)[^;]*)[\s./]*$/;
/** "Đây là nhiệm vụ cấp bách, Chủ tịch UBND huyện yêu cầu Thủ trưởng các cơ quan, … tập trung chỉ đạo thực hiện": urged, nothing named */
const ASKED_TO_FOCUS =
  /^[^;]{0,120}?\b(?:yeu cau|de nghi)\b[^;.]{0,160}\b(?:tap trung|khan truong|nghiem tuc)(?: (?:chi dao|lanh dao|quan triet|to chuc|trien khai),?)* thuc hien(?: nghiem)?(?: (?:chi thi|ke hoach|quyet dinh|van ban|cong van|thong bao) nay)?[\s./]*$/;

/** "Thủ trưởng các sở, …, Chủ tịch UBND các huyện tổ chức thực hiện nghiêm Chỉ thị này./.": the same request, the adverb after the verb */
const CLOSING_REQUEST_AFTER =
  /^[^;]*\b(?:to chuc |trien khai )?thuc hien (?:nghiem|nghiem tuc|nghiem chinh|dung|day du)(?: va (?:hieu qua|day du))? (?:chi thi|ke hoach|quyet dinh|van ban|cong van) nay[\s./]*$/;

/** "Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm, chỉ đạo thực hiện./.": a letter's closing line */
/** "Trên đây là Kế hoạch … của Sở …./.": the plan's closing sentence */
const THIS_WAS_THE_PLAN = /^tren day la (?:ke hoach|chuong trinh|huong dan|phuong an|de an)\b[^;]*$/;
const ASKED_TO_CARE = /^[^;:]{0,80}\bde nghi\b[^;:]{0,120}\bquan tam,? (?:lanh dao, )?chi dao(?:,? (?:to chuc |trien khai )?thuc hien)?[\s./]*$/;

/** "Kính đề nghị Ban Thường vụ Đảng ủy xã quan tâm lãnh đạo, chỉ đạo; đề nghị UBND xã tạo điều kiện …": support asked of superiors, not work */
function superiorsAsked(folded: string): boolean {
  if (!/^(?:kinh )?de nghi\b/.test(folded)) return false;
  return folded
    .split(/;\s*/)
    .filter((c) => c.trim() !== '')
    .every((c) => /\b(?:quan tam|tao (?:moi )?dieu kien|giup do)\b/.test(c));
}

/**
 * "Trạm Y tế xã là cơ quan thường trực." before the sentences of its work: a clause that only gives the unit its role is no
 * duty once the paragraph is split into its duties.
 */
export function isRoleOnly(text: string): boolean {
  return /^[^,;]{3,120}? la (?:co quan|don vi|bo phan) (?:thuong truc|dau moi|chu tri)(?: cua [^,;]{0,60})?[\s.;]*$/.test(foldVietnamese(text));
}

/** A decision's closing clauses: effect ("có hiệu lực kể từ …"), execution ("chịu trách nhiệm thi hành"), issuing the attachment. */
export function isBoilerplate(text: string): boolean {
  // "Trên đây là Kế hoạch … . Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về …": the units' report stays
  // (also "Trong quá trình thực hiện, nếu có khó khăn, … báo cáo về Sở … . Giám đốc Sở yêu cầu … nghiêm túc triển khai thực hiện.")
  if (text.split(/(?<=[.;])\s+/u).some((s) => REPORTS_PROBLEMS.test(s) && /\s(?:báo cáo|phản ánh)\s/u.test(s))) return false;
  const full = foldVietnamese(text);
  // "…; trường hợp chậm trễ … thì người đứng đầu chịu trách nhiệm …", "…; kết quả thực hiện là căn cứ đánh giá thi đua": the
  // request's consequence adds no work, the request before it is what is read
  const folded = full.replace(CONSEQUENCE, '');
  return (
    CLOSING_REQUEST.test(folded) ||
    ASKED_TO_FOCUS.test(folded) ||
    CLOSING_REQUEST_AFTER.test(folded) ||
    superiorsAsked(folded) ||
    ACT_ON_ASSIGNMENT.test(folded) ||
    CARRY_OUT_ASSIGNED.test(folded) ||
    ASSIGNED_IN_APPENDIX.test(folded) ||
    CARRY_OUT_PLAN.test(folded) ||
    ASKED_TO_CARRY_OUT.test(folded) ||
    NOTICE_CLOSING.test(folded) ||
    ASKED_TO_CARE.test(folded) ||
    THIS_WAS_THE_PLAN.test(folded) ||
    // "Sở Y tế kính báo cáo Bộ Y tế xem xét, hỗ trợ./.": a report's closing line to its addressee
    /^[^;]{0,120}\bkinh bao cao\b[^;]{0,80}\b(?:xem xet|biet|theo doi|chi dao|ho tro|cho y kien)\b[^;]*$/.test(folded) ||
    /chiu trach nhiem thi hanh|tran trong cam on|co hieu luc (thi hanh )?(ke )?tu|^ban hanh (?:kem theo|theo)\b|thay the (quyet dinh|ke hoach|chi thi)|^(quyet dinh|ke hoach|chi thi) nay co hieu luc|het hieu luc (ke )?tu/.test(
      folded,
    )
  );
}

/** "Bắt đầu từ ngày 06/9/2024; kết thúc trước ngày 18/01/2025", "Tính từ ngày 05/9/2029 đến …": a period's dates with no duty in it. */
export function onlyPeriod(rest: string): boolean {
  const clauses = foldVietnamese(rest)
    .split(/[;.]\s*/)
    .map((c) => c.replace(/\([^)]*\)/g, '').trim())
    .filter((c) => c !== '');
  return clauses.every(
    (c) =>
      /^(bat dau|khoi dong|ket thuc|tu ngay|tu |den ngay|den |thoi gian|trong thoi gian|ke tu|sau khi ket thuc|(?:duoc )?tinh tu )/.test(c) ||
      !/[a-z]{3}/.test(c.replace(/ngay|thang|nam/g, '')),
  );
}

/** the nouns that name a part of a plan: "thời gian", "phạm vi", "hình thức", "nhiệm vụ và giải pháp" */
const SECTION_NOUN =
  /^(?:thoi gian|pham vi|hinh thuc|dia diem|thanh phan|doi tuong|kinh phi|muc dich|yeu cau|muc tieu|chi tieu|nhiem vu|giai phap|noi dung|tien do|to chuc thuc hien|phan cong|trach nhiem|can cu|khau hieu|lich trinh)\b/;

/**
 * "II. THỜI GIAN, PHẠM VI", "III. HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN", "NHIỆM VỤ VÀ GIẢI PHÁP": a heading that only names
 * parts of the plan is never a duty, even with a "Thời gian: …" line under it.
 */
export function isSectionTitle(text: string): boolean {
  const folded = foldVietnamese(text)
    .replace(/[.:]\s*$/, '')
    .trim();
  const parts = folded.split(/\s*,\s*|\s+va\s+/).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => SECTION_NOUN.test(p) && p.split(' ').length <= 5);
}
