import { foldSameLength } from './clean-text.ts';
import type { UnitMention } from './discover-units.ts';
import { byColonRoleTail } from './colon-role-tail.ts';
import { afterSupportAside } from './support-aside.ts';

/** Who leads (chủ trì) and who supports (phối hợp) in one item of a plan, and where its predicate starts. */
export interface RoleReading {
  lead?: string;
  support: string[];
  notes: string[];
  /** offset where the duty itself starts ("xây dựng kế hoạch …"), for the task title */
  predicateStart?: number;
}

/**
 * between two units of one subject; "… và Chủ tịch UBND các huyện", "…, Tổng Biên tập Báo X": the head of the next unit speaks for it;
 * "Đài Phát thanh - Truyền hình Nam Hà, …": a place the name did not take may end the unit before
 */
const CONNECTOR =
  /^(?:(?:\s+\p{Lu}\p{Ll}*){1,3}(?=\s*(?:,|;|và\s)))?\s*(?:,|;|và|,\s*và|;\s*và|cùng|cùng với)?\s*(?:các\s+)?(?:(?:Chủ tịch|Giám đốc|Thủ trưởng|Trưởng|Chỉ huy trưởng|Chánh Văn phòng|Tổng Biên tập|Tổng biên tập|Hiệu trưởng|Bí thư|Chủ nhiệm)\s+)?$/u;
const LEAD_AFTER =
  /^\s*,?\s*(?:(?:thực sự|phải|cần|tiếp tục|chủ động|sẽ)\s+)*(?:chủ trì|có trách nhiệm|chịu trách nhiệm|tham mưu|(?:là|làm)\s+(?:lực lượng\s+|cơ quan\s+|đơn vị\s+)?(?:nòng cốt|thường trực|đầu mối|chủ trì|chủ công))/;
const SUPPORT_BEFORE = /phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s*$/;
const SUPPORT_IN_PARENS = /^\s*phối hợp(?=[\s,;.)]|$)/u;
/** "giao X", "đề nghị X", "Yêu cầu Chủ tịch X", "Đề nghị Thường trực HĐND X": the head or standing body of the unit asked speaks for it */
const GIVE_BEFORE =
  /(?:^|[\s,;:(])(?:giao|đề nghị|yêu cầu)(?:\s+cho)?(?:\s+(?:các\s+)?(?:chủ tịch|giám đốc|thủ trưởng|trưởng|chỉ huy trưởng|chánh văn phòng|bộ trưởng|người đứng đầu|thường trực))?(?:\s+(?:ủy ban\s+)?trung ương)?\s*$/iu;
const CLAUSE_START = /(?:[,;:]\s*|\.\s+|^(?:Đề nghị|Giao|Yêu cầu)\s+)$/i;
export const ACTION_START =
  /^\s*(?:(?:thực sự|phải|cần|tiếp tục|chủ động|thường xuyên|khẩn trương|kịp thời|sẽ)\s+)*(?:tổ chức|xây dựng|triển khai|thực hiện|chỉ đạo|phối hợp|rà soát|tiến hành|hướng dẫn|kiểm tra|theo dõi|báo cáo|tăng cường|đẩy mạnh|phát động|tuyên truyền|vận động|đề xuất|lập|xử lý|quản lý|duy trì|phân công|bố trí|đảm bảo|bảo đảm|nắm|tiếp nhận|ban hành|củng cố|kiện toàn|sơ kết|tổng kết|đánh giá|giao|cử|mở|truy quét|tấn công|trấn áp|điều tra|phát hiện|ngăn chặn|tập trung|rà|thống kê|cập nhật|chuẩn bị|hỗ trợ|giám sát|tham gia|lồng ghép|đôn đốc|huy động|chấn chỉnh|khảo sát|cung cấp|tiếp tục|thường xuyên|tổng hợp|hoàn thiện|trình|thẩm định|phê duyệt|gửi|nghiên cứu|soạn thảo|biên soạn|tập huấn|bồi dưỡng|đào tạo|thanh tra|điều chỉnh|bổ sung|công khai|công bố|thông báo|phổ biến|quán triệt|vận hành|thành lập|số hóa|cấp|xác minh|lấy ý kiến|cải cách|thu thập|làm việc|phân bổ|bố trí|chủ động|dự trữ|bàn giao|trao|tham mưu)(?=[\s,;:.]|$)/iu;

/**
 * "…, nếu có vướng mắc, các cơ quan, đơn vị (kịp thời) phản ánh về Sở …": passing problems up is the subject's (conditional)
 * reporting duty, as the real answer keys count it; only after a subject, since "phản ánh" opening an item rarely starts a new duty
 */
const REPORTS_UP = /^\s*(?:kịp thời\s+)?phản ánh(?=\s)/u;

/** "…, cơ quan, đơn vị nào gặp khó khăn, vướng mắc thì kịp thời báo cáo …": the units the problem meets report it; the duty is the report */
const MEETS_PROBLEM = /^\s+nào\s+(?:gặp|có|phát sinh)\s+(?:khó khăn|vướng mắc)[^.;]*?(?:thì\s+)?(?=(?:kịp thời\s+)?(?:báo cáo|phản ánh)\s)/u;
/** "…, có khó khăn các chi đoàn kịp thời phản ánh …": the subject after the problem */
const AFTER_PROBLEM = /(?:có|gặp|phát sinh)\s+(?:khó khăn|vướng mắc)(?:,?\s+vướng mắc)?,?\s+$/u;

/** A deadline or cadence written first, as the item's label: "Quý IV/2025: ", "Hằng năm, chậm nhất ngày 30/9: ". */
const TIME_LABEL =
  /^\s*(?:(?:trước|chậm nhất|trong|từ|đến|hằng|hàng|định kỳ|thường xuyên|ngày|tháng|quý|năm|giai đoạn|đợt|tuần)(?=[\s\d,:])[^:;.]{0,50}|[^:;.]{0,20}\d{1,2}\/\d{1,4}[^:;.]{0,20}):\s*$/iu;

/** A short label naming the item before its subject: "Báo cáo quý: các sở, ngành …", "Tuyên truyền: Đài Truyền thanh xã …". */
const ITEM_LABEL = /^\s*\p{Lu}[^:;.,()]{2,40}:\s*$/u;
/** "Đồng thời, Văn phòng Đăng ký đất đai tỉnh tạm dừng …": a connective, then the sentence's subject */
const CONNECTIVE_BEFORE = /^\s*(?:Đồng thời|Ngoài ra|Bên cạnh đó|Mặt khác),\s*$/u;

/** "Thủ trưởng các đơn vị …", "Giám đốc Sở …": the head of a unit opening an item speaks for the unit. */
/** "Các Viện Vệ sinh dịch tễ, Viện Pasteur giám sát …": the plural before the first name of the subject */
const PLURAL_BEFORE = /^\s*(?:các|những)\s+$/iu;
/** "Riêng Bảo hiểm xã hội thị xã X tổ chức …" under a collective's heading: one of them singled out is the subject */
const SINGLED_OUT_BEFORE = /^\s*Riêng(?:\s+đối với)?\s+$/u;
const PERSON_BEFORE =
  /^\s*(?:các\s+)?(?:giám đốc|phó giám đốc|chủ tịch|thủ trưởng|bộ trưởng|chánh văn phòng|chỉ huy trưởng|trưởng ban|người đứng đầu|trưởng|phó trưởng|chánh|phó chánh|hiệu trưởng|cục trưởng|vụ trưởng|viện trưởng|tổng biên tập|bí thư|chủ nhiệm)(?:\s+các)?\s*$/iu;

interface Chain {
  mentions: UnitMention[];
  start: number;
  end: number;
}

/** `mentions` are local to `text` and already exclude those inside document citations. */
export function findRoles(text: string, mentions: readonly UnitMention[]): RoleReading {
  const chains = chainMentions(text, mentions);
  const reading: RoleReading = { support: [], notes: [] };
  const folded = foldSameLength(text);

  // "Chủ trì, phối hợp với Y …", "Làm đầu mối …": the subject is the unit the item sits under, not Y
  const implicitSubject = /^\s*(?:chủ trì|phối hợp|làm đầu mối|là đầu mối|là cơ quan|tham mưu)(?=[\s,;:.]|$)/iu.test(text);
  // the first clause names the item's lead; a later clause's "X là đầu mối" belongs to its own duty
  const clauseEnd = /;\s|\.\s+(?=\p{Lu})/u.exec(text)?.index ?? text.length;
  const first = chains.filter((c) => c.start < clauseEnd);
  const find = (cs: readonly Chain[]) => byLeadKeyword(text, cs, reading) ?? byGiving(text, cs, reading) ?? bySubject(text, cs, reading);
  // … unless a closing bracket names it: "Phối hợp Trạm Y tế xã tổ chức khám … (Văn phòng Hội chủ trì)"
  // "- Hướng dẫn … (Phòng Giáo dục phổ thông).": a calendar names each line's lead in a bracket closing it; a subject of the
  // first clause still speaks first
  const leadChain = implicitSubject
    ? (byStatedRole(text, chains) ?? byClosingBracket(text, chains))
    : (byStatedRole(text, chains) ?? byAddressed(text, chains, reading) ?? find(first) ?? byClosingBracket(text, chains) ?? find(chains));
  // "Ban hành quy định … . Sở Xây dựng tham mưu trình …": a lead named after the duty leaves the title to the duty
  if (leadChain && leadChain.start >= clauseEnd && /^\.\s/.test(text.slice(clauseEnd, clauseEnd + 2))) reading.predicateStart = undefined;
  if (leadChain) {
    const [first, ...others] = unique(leadChain.mentions.map((m) => m.ref));
    reading.lead = first;
    if (others.length > 0) {
      reading.support.push(...others);
      reading.notes.push(`Câu giao cho nhiều đơn vị (${leadChain.mentions.map((m) => m.text).join(', ')}); tạm lấy đơn vị đầu làm chủ trì.`);
    }
  }
  for (const chain of chains) {
    // "(X chủ trì; Y phối hợp)": a unit followed by its supporting role inside the closing bracket
    const supportAfter = SUPPORT_IN_PARENS.test(text.slice(chain.end)) && text.lastIndexOf('(', chain.start) > text.lastIndexOf(')', chain.start);
    if (!supportAfter && !SUPPORT_BEFORE.test(text.slice(Math.max(0, chain.start - 30), chain.start))) continue;
    for (const m of chain.mentions) if (m.ref !== reading.lead && !reading.support.includes(m.ref)) reading.support.push(m.ref);
    if (reading.predicateStart !== undefined && chain.start >= reading.predicateStart - 40) {
      reading.predicateStart = Math.max(reading.predicateStart, chain.end);
    }
  }
  if (reading.predicateStart !== undefined) {
    // "chủ trì, phối hợp với X xây dựng …": the duty starts after the support list
    const rest = folded.slice(reading.predicateStart);
    const skip = /^\s*,?\s*(?:phoi hop(?: chat che)?(?: voi)?\s*)?/.exec(rest);
    if (skip && skip[0].trim() !== '') {
      const after = reading.predicateStart + skip[0].length;
      const chain = chains.find((c) => c.start === after || c.start === after + 1);
      reading.predicateStart = chain ? chain.end : after;
    }
  }
  return reading;
}

/** "(X chủ trì; Y phối hợp)", "(X chuẩn bị)" closing a duty; "Cơ quan chuẩn bị: X" written after it; "…: X chủ trì" at its end. */
const ROLE_IN_PARENS = /^\s*(?:chủ trì|chuẩn bị|thực hiện|hướng dẫn|thường trực|tham mưu|làm đầu mối|là đầu mối|đầu mối)(?=[\s,;.)]|$)/u;
const NAME_TAIL_IN_PARENS = /^[^;,.:()]{1,60}?(?=\s(?:chủ trì|thực hiện|tham mưu)(?=[\s,;.)]|$))/u;
const ROLE_LABEL = /(?:Cơ quan|Đơn vị)\s+(?:chủ trì|chuẩn bị|thực hiện|tham mưu|soạn thảo|đầu mối|phụ trách)(?:\s+thực hiện)?\s*:\s*$/u;

function byStatedRole(text: string, chains: readonly Chain[]): Chain | undefined {
  for (const chain of chains) {
    if (ROLE_LABEL.test(text.slice(Math.max(0, chain.start - 40), chain.start))) return chain;
    const open = text.lastIndexOf('(', chain.start);
    const inParens = open >= 0 && !text.slice(open, chain.start).includes(')') && /^[\s;,]*$/.test(text.slice(open + 1, chain.start));
    if (inParens && ROLE_IN_PARENS.test(text.slice(chain.end))) return chain;
    // "(Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Hòa chủ trì, …)", "(Tổ giúp việc đợt cao điểm thực hiện)": the rest of
    // the name, in lower case or a place, runs to the role word; only for the unit that opens the bracket
    const tail = inParens ? NAME_TAIL_IN_PARENS.exec(text.slice(chain.end)) : null;
    if (tail && !/phối hợp/u.test(tail[0]) && ROLE_IN_PARENS.test(text.slice(chain.end + tail[0].length))) return chain;
  }
  return byColonRoleTail(text, chains);
}

/** A bracket that closes the item and holds nothing but units: "… (Thanh tra Sở).", "… (Văn phòng Sở)" */
const CLOSING_BRACKET = /\(\s*([^()]+?)\s*\)\s*[.;,]?\s*(?:\/\.)?\s*$/u;

function byClosingBracket(text: string, chains: readonly Chain[]): Chain | undefined {
  const m = CLOSING_BRACKET.exec(text);
  if (!m || m.index === 0) return undefined;
  const innerStart = m.index + m[0].indexOf(m[1]!);
  const chain = chains.find((c) => c.start === innerStart && c.end === innerStart + m[1]!.length);
  // "… về Cơ quan Thường trực BCĐ 138 tỉnh (Công an tỉnh).", "… gửi Sở (Văn phòng Sở).": a bracket right after one unit is its
  // alias or the office that receives for it, not who does the work; after a collective a collective is its short form
  // ("Ủy ban nhân dân các xã, thị trấn (UBND cấp xã)"), one unit leads ("… tại các huyện, thị xã (Phòng X)")
  const named = chains.find((c) => c.end <= m.index && /^\s*$/.test(text.slice(c.end, m.index)));
  const alias = named && (named.mentions.some((x) => !x.group) || chain?.mentions.every((y) => y.group));
  if (!chain || alias) return undefined;
  return chain;
}

/** "Đối với Ngân hàng Nhà nước, Bộ Xây dựng đề nghị chỉ đạo …": the unit the paragraph turns to is asked, not the one asking. */
const ADDRESSED = /^\s*(?:đối với|riêng(?: đối với)?)\s+$/iu;
// "Đối với Sở Y tế các tỉnh, thành phố, đề nghị:" over its items asks the same of each
const ASKS = /^,\s*(?:[^;:.]{0,80}?\s)?(?:đề nghị|yêu cầu|giao)(?:\s+|\s*:\s*$)/iu;

function byAddressed(text: string, chains: readonly Chain[], reading: RoleReading): Chain | undefined {
  // the asking unit may follow at once ("Đối với X, Bộ Y đề nghị"): only the first name is addressed
  const first = chains[0]?.mentions[0];
  if (!first || !ADDRESSED.test(text.slice(0, first.start))) return undefined;
  const ask = ASKS.exec(text.slice(first.end));
  if (!ask) return undefined;
  reading.predicateStart = first.end + ask[0].length;
  return { mentions: [first], start: first.start, end: first.end };
}

function byLeadKeyword(text: string, chains: readonly Chain[], reading: RoleReading): Chain | undefined {
  for (const chain of chains) {
    // "phối hợp với Y tham mưu …": Y helps; the lead is the subject of the item
    if (SUPPORT_BEFORE.test(text.slice(Math.max(0, chain.start - 30), chain.start))) continue;
    const m = LEAD_AFTER.exec(text.slice(chain.end));
    if (!m) continue;
    // "… là lực lượng nòng cốt" names the lead but not the duty; the duty is the item's first clause
    const atClauseStart = chain.start === 0 || CLAUSE_START.test(text.slice(0, chain.start));
    if (!atClauseStart || !/chủ trì|trách nhiệm|tham mưu/.test(m[0])) return chain;
    reading.predicateStart = chain.end + m[0].length;
    if (/tham mưu\s*$/.test(m[0])) {
      // "tham mưu Ban Chỉ đạo cùng cấp tổ chức …": the advised body is not doing the work
      const advised = chains.find((c) => c.start >= reading.predicateStart! && c.start <= reading.predicateStart! + 1);
      if (advised) reading.predicateStart = advised.end;
    }
    return chain;
  }
  return undefined;
}

const SUBMITTED_REQUEST = /(?:^|\s)(?:trình|tham mưu)\s[^,;.:]{1,80}?\sđề nghị\s*$/iu;

function byGiving(text: string, chains: readonly Chain[], reading: RoleReading): Chain | undefined {
  for (const chain of chains) {
    // 40 characters: "Đề nghị Ủy ban Trung ương Mặt trận …" puts a central body's title between the request and the name
    if (!GIVE_BEFORE.test(text.slice(Math.max(0, chain.start - 40), chain.start))) continue;
    // "…, trình Ban Thường vụ Huyện ủy đề nghị Tỉnh ủy xét tặng …": what is submitted asks the body above, not the duty's doer
    if (SUBMITTED_REQUEST.test(text.slice(Math.max(0, chain.start - 100), chain.start))) continue;
    reading.predicateStart = chain.end;
    return chain;
  }
  return undefined;
}

function bySubject(text: string, chains: readonly Chain[], reading: RoleReading): Chain | undefined {
  for (const chain of chains) {
    const before = text.slice(0, chain.start);
    const singledOut = SINGLED_OUT_BEFORE.test(before);
    const afterProblem = AFTER_PROBLEM.test(before);
    if (chain.start !== 0 && !CLAUSE_START.test(before) && !PERSON_BEFORE.test(before) && !PLURAL_BEFORE.test(before) && !singledOut && !afterProblem) continue;
    // an item that opens with its units and goes on in lower case has them as subject ("Các sở, ngành; UBND các huyện căn cứ …")
    // … or names them before a colon ("Bộ Quốc phòng: Chỉ đạo …", "X: Phối hợp với Y …" keeps X as lead)
    // "Trước ngày 15/4/2025: Phòng Tư pháp hoàn thiện …", "Thường xuyên: Sở Nội vụ …": a time label before the subject
    const atStart =
      chain.start === 0 ||
      PERSON_BEFORE.test(before) ||
      PLURAL_BEFORE.test(before) ||
      singledOut ||
      TIME_LABEL.test(before) ||
      ITEM_LABEL.test(before) ||
      CONNECTIVE_BEFORE.test(before);
    // "Hội Liên hiệp Phụ nữ phường (Hội LHPN) vận động …": a bracketed short form or alias after the subject is skipped
    // "Phòng Chính trị, tư tưởng thuộc Sở: tổng hợp …": where the unit belongs is part of naming it
    const aside = /^\s*\([^()]{1,120}\)|^\s+(?:trực thuộc|thuộc)\s+[^:;.()]{1,40}(?=\s*:)/u.exec(text.slice(chain.end))?.[0].length ?? 0;
    const end = chain.end + aside;
    const opensItem = atStart && /^(?:\s+(?!phối hợp|và(?=\s)|cùng(?=\s))\p{Ll}|\s*:\s*\S)/u.test(text.slice(end));
    if (opensItem && /^\s*:/.test(text.slice(end))) {
      reading.predicateStart = end + /^\s*:\s*/.exec(text.slice(end))![0].length;
      return chain;
    }
    const asideEnd = atStart ? afterSupportAside(text.slice(end), chains, end) : undefined;
    if (asideEnd !== undefined) {
      reading.predicateStart = asideEnd;
      return chain;
    }
    const meets = MEETS_PROBLEM.exec(text.slice(end));
    if (meets) {
      reading.predicateStart = end + meets[0].length;
      return chain;
    }
    if (!opensItem && !ACTION_START.test(text.slice(end)) && !REPORTS_UP.test(text.slice(end))) continue;
    reading.predicateStart = end;
    return chain;
  }
  return undefined;
}

function chainMentions(text: string, mentions: readonly UnitMention[]): Chain[] {
  const chains: Chain[] = [];
  for (const m of mentions) {
    const last = chains[chains.length - 1];
    if (last && CONNECTOR.test(text.slice(last.end, m.start))) {
      last.mentions.push(m);
      last.end = m.end;
    } else {
      chains.push({ mentions: [m], start: m.start, end: m.end });
    }
  }
  return chains;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
