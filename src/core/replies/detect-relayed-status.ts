// One clause read on its own: does it pass on someone else's status? read-clause-roles.ts weighs the clauses together.
import { WHOLE_BODIES } from './lexicon-others.ts';
import { APPROVALS } from './lexicon-obstacles.ts';
import { NEGATIONS } from './lexicon-modifiers.ts';
import {
  NOT_RELAY,
  NOT_SPEECH_BEFORE_BAO,
  PLACE_BEFORE_NOI,
  RELAY_OPENERS,
  RELAY_VERBS,
  SELF_SUBJECTS,
  THEIRS,
  THIRD_PARTY_ALONE,
  THIRD_PARTY_HEADS,
} from './lexicon-clause-roles.ts';
import { containsIn, indexPhrases, phraseAt, phraseAtIn, phraseBefore } from './match-phrases.ts';
import { bareMinhIsUnit, firstContent, SELF } from './clause-subject.ts';
import { notDeliveredToUnit } from './detect-not-delivered.ts';

const RELAYS = indexPhrases(RELAY_VERBS);
const RELAY_OPENING = indexPhrases(RELAY_OPENERS);
const HEADS = indexPhrases(THIRD_PARTY_HEADS);
const ALONE = indexPhrases(THIRD_PARTY_ALONE);
const THEIRS_INDEX = indexPhrases(THEIRS);
const PEERS = indexPhrases([
  // "mấy phường khác", "mấy xã kia"
  'may phuong',
  'may xa',
  'may don vi',
  'phuong',
  'xa',
  'cac phuong',
  'cac xa',
  'don vi',
  'cac don vi',
  'ben',
  'cac ben',
  'hoi',
  'doan',
  'nganh',
  'cac nganh',
  'quan',
  'huyen',
  'noi',
]);

/** Bodies above or beside the unit that ask after a task. */
const BODIES = ['quan', 'huyen', 'tinh', 'phuong', 'xa', 'so', 'phong', 'bcd', 'sep'];

/** A clause that tells another's status, not the unit's own: not when it turns to what it means for the unit, or opens on the unit's wait. */
export function relaysOthersStatus(tokens: readonly string[], notSpeech: readonly number[] = []): boolean {
  return (
    (isRelay(tokens, notSpeech) || othersAsSubject(tokens)) &&
    !ownConsequence(tokens) &&
    !opensOnOwnWait(tokens) &&
    !confirmsReceipt(tokens) &&
    // "Bên y tế chưa gửi vắc xin xuống": what others failed to hand over holds the unit up, it is no news of theirs.
    notDeliveredToUnit(tokens) === null
  );
}

/** Before a wait that opens a clause: "giờ đang chờ", "còn đợi", "chỉ chờ", "ngồi chờ". */
const BEFORE_OWN_WAIT = ['gio', 'bay gio', 'hien', 'hien gio', 'dang', 'con', 'van', 'chi', 'ngoi', 'phai', 'em', 'minh', 'ben em'];

/** What a unit waits on from elsewhere, besides approvals: a signature, a confirmation. */
const AWAITED_ACTS = [...APPROVALS, 'ky', 'ky xac nhan', 'xac nhan', 'dong dau', 'tham dinh', 'chi dao'];

/**
 * "…, giờ đang chờ Chi cục Thuế phê duyệt", "…, đợi UBND xã ký xác nhận là nộp": a clause that opens on
 * waiting is the unit waiting; whoever acts inside it ("xác nhận là", "thông báo") is what is awaited,
 * not someone passing a status on. A bare "chờ/đợi" opens a wait only before an awaited act ("Đội …
 * báo xong" and "cho em hỏi" are not waits), and never before the unit itself.
 */
function opensOnOwnWait(tokens: readonly string[]): boolean {
  const start = firstContent(tokens);
  let k = start;
  for (let match = phraseAt(tokens, k, BEFORE_OWN_WAIT); match && k < tokens.length; match = phraseAt(tokens, k, BEFORE_OWN_WAIT)) k = match.end;
  if ((tokens[k] !== 'doi' && tokens[k] !== 'cho') || tokens[k + 1] === 'voi' || phraseAt(tokens, k + 1, SELF_SUBJECTS)) return false;
  const rest = tokens.slice(k + 1);
  return (k > start || rest.some((_, j) => phraseAt(rest, j, AWAITED_ACTS) !== null)) && rest.length > 0;
}

/**
 * "Bên Tư pháp chưa chuyển danh sách nên em chưa đối chiếu được": what others have not done, then
 * what it means for the unit. Only a failing holds the unit up: others' done stays theirs.
 */
function ownConsequence(tokens: readonly string[]): boolean {
  // "… chưa chuyển tiền nên chưa chi trả cho dân được": the unit left unnamed before its "cannot".
  return tokens.some(
    (token, i) =>
      token === 'nen' &&
      (phraseAtIn(tokens, i + 1, SELF) !== null || (tokens[i + 1] === 'chua' && tokens.includes('duoc', i + 2))) &&
      tokens.slice(0, i).some((word) => NEGATIONS.includes(word)),
  );
}

/** "bên Hội Phụ nữ báo xong rồi", "nghe nói bên công an làm xong", "anh Tuấn bảo là hoàn thành". */
function isRelay(tokens: readonly string[], notSpeech: readonly number[] = []): boolean {
  if (containsIn(tokens, RELAY_OPENING)) return true;
  for (let i = 1; i < tokens.length; i++) {
    const verb = phraseAtIn(tokens, i, RELAYS);
    // "Khoa Nội", "Hội LHPN", "bạo lực": written as another word than "nói", "hỏi", "báo".
    if (!verb || notSpeech.includes(i)) continue;
    // "nội dung", "bảo vệ", a bare "báo cáo": other words ("báo cáo là", "báo cáo miệng" do pass things on).
    if (phraseAt(tokens, i, NOT_RELAY) && !verb.phrase.startsWith('bao cao ')) continue;
    // "xác nhận": not "nhắn"; "tại nơi cư trú", "mọi nơi": not "nói".
    if (tokens[i] === 'nhan' && tokens[i - 1] === 'xac') continue;
    if (tokens[i] === 'noi' && PLACE_BEFORE_NOI.includes(tokens[i - 1] ?? '')) continue;
    // "dán thông báo": a notice, "các phòng học đều đảm bảo": up to standard, not "báo" (tells).
    if (tokens[i] === 'bao' && NOT_SPEECH_BEFORE_BAO.includes(tokens[i - 1] ?? '')) continue;
    // "Trưởng khu … xin báo:": the teller's own humble report, not someone else's news.
    if (tokens[i - 1] === 'xin') continue;
    // "mấy tổ chưa báo về": nothing passed on.
    if (phraseBefore(tokens, i, NEGATIONS)) continue;
    if (thirdPartyBefore(tokens, i)) return true;
    // "quận đang hỏi", "phường đang hỏi": a body above the unit asking after the task.
    if (verb.phrase.startsWith('dang ') && BODIES.includes(tokens[i - 1] ?? '')) return true;
  }
  return false;
}

/**
 * Whether the subject nearest before `end` is someone other than the unit: "bên Hội PN", "anh Tuấn",
 * "họ", "em nghe văn phòng (nói)"; "em báo anh", "dạ báo anh" are the unit's own.
 */
function thirdPartyBefore(tokens: readonly string[], end: number): boolean {
  let named = false;
  const start = firstContent(tokens);
  for (let i = 0; i < end; i++) {
    const self = phraseAtIn(tokens, i, SELF);
    if (self && (self.phrase !== 'minh' || bareMinhIsUnit(tokens, i, start))) named = false;
    else if (phraseAtIn(tokens, i, ALONE)) named = true;
    else {
      const head = phraseAtIn(tokens, i, HEADS);
      if (head && head.end < end && !phraseAtIn(tokens, head.end, SELF) && !phraseAtIn(tokens, head.end, RELAYS)) named = true;
    }
  }
  return named;
}

/** "Bên phường 7 làm xong hết rồi": a clause whose subject is another unit ("bên …" not "bên em"). */
function othersAsSubject(tokens: readonly string[]): boolean {
  if (containsIn(tokens, THEIRS_INDEX)) return true;
  const start = firstContent(tokens);
  // "Cả tỉnh xong 90% rồi", "toàn quận đã hoàn thành 85%": a larger body's figure, not the unit's.
  for (let k = 0; k <= start; k++) if (phraseAt(tokens, k, WHOLE_BODIES)) return true;
  // "Các phường khác làm xong cả rồi": peer units named as such ("các khu phố khác" are the unit's own parts).
  const head = phraseAtIn(tokens, start, PEERS);
  if (head) for (let i = head.end; i < Math.min(tokens.length, head.end + 3); i++) if (tokens[i] === 'khac' || tokens[i] === 'kia') return true;
  if (seesPeers(tokens, start)) return true;
  if (twoNamedBodies(tokens, start)) return true;
  if (tokens[start] !== 'ben' || start + 1 >= tokens.length) return false;
  // "bên phải mai làm", "bên trong còn 3 hộ": a side of the place, not another unit.
  if (SIDES.includes(tokens[start + 1] ?? '') || (tokens[start + 1] === 'so' && SIDES.includes(tokens[start + 2] ?? ''))) return false;
  // "bên Công an em vẫn đang rà soát": the unit's own side.
  for (let i = start; i < Math.min(tokens.length, start + 5); i++) if (phraseAtIn(tokens, i, SELF)) return false;
  return true;
}

/** Bodies a unit is one of: two of them named as one subject are other units. */
const NAMED_BODIES = ['phuong', 'xa', 'thi tran'];
const OWN_WORDS = ['em', 'minh', 'toi', 'ta', 'nha'];

/** "Phường Bến Thành với phường Đa Kao dẹp xong hết rồi": two wards or communes named together are others, not the unit (round 39). */
function twoNamedBodies(tokens: readonly string[], start: number): boolean {
  const head = tokens[start] === 'thi' && tokens[start + 1] === 'tran' ? 'thi tran' : tokens[start];
  if (!head || !NAMED_BODIES.includes(head)) return false;
  const width = head.split(' ').length;
  for (let i = start + width + 1; i < Math.min(tokens.length - width, start + width + 5); i++) {
    if ((tokens[i] === 'voi' || tokens[i] === 'va') && tokens.slice(i + 1, i + 1 + width).join(' ') === head) {
      // "phường em với phường Đa Kao": the unit is one of them
      return !tokens.slice(start, i + width + 4).some((token) => OWN_WORDS.includes(token));
    }
  }
  return false;
}

/** After "bên", a side of a place: "bên phải", "bên trong", "bên (số) chẵn" of a street is not a unit. */
const SIDES = ['phai', 'trai', 'trong', 'ngoai', 'tren', 'duoi', 'chan', 'le'];

/** What the receiving body did: "bên Sở đã xác nhận tiếp nhận", "Kho bạc đã nhận được": proof of the unit's delivery, no status of theirs. */
const RECEIPTS = indexPhrases(['tiep nhan', 'nhan duoc', 'nhan du', 'xac nhan da nhan', 'xac nhan tiep nhan']);
/** Words that give the body a status of its own beside the receipt: its own work, or something not yet. */
const OWN_STATUS = ['xong', 'hoan thanh', 'chua', 'khong', 'dang', 'se', 'con', 'nhung'];

function confirmsReceipt(tokens: readonly string[]): boolean {
  return tokens.includes('da') && containsIn(tokens, RECEIPTS) && !tokens.some((token) => OWN_STATUS.includes(token));
}

/**
 * "Thấy phường An Cựu, An Đông xong cả rồi", "em thấy bên xã Hòa An làm rồi": what the unit has seen of other
 * units is theirs (round 30); "em thấy phường mình xong rồi" names the unit itself.
 */
function seesPeers(tokens: readonly string[], start: number): boolean {
  const self = phraseAtIn(tokens, start, SELF);
  // firstContent may already have stepped over an opening "thấy".
  const see = self ? self.end : tokens[start - 1] === 'thay' ? start - 1 : start;
  if (tokens[see] !== 'thay') return false;
  const head = phraseAtIn(tokens, see + 1, PEERS);
  return head !== null && head.end < tokens.length && !phraseAtIn(tokens, head.end, SELF);
}

/** The clause opens with what the unit saw of other units ("Thấy phường An Cựu, …"): a list of theirs may run on. */
export function opensWithSeenPeers(tokens: readonly string[]): boolean {
  return seesPeers(tokens, firstContent(tokens));
}

/** Seeing or reading words, then where: "em xem trên nhóm huyện", "thấy trên Zalo", "đọc trên báo". */
const SEEING = ['xem', 'thay', 'doc', 'coi', 'nghe'];
const ON_OR_IN = ['tren', 'o', 'qua', 'trong'];
const CHANNELS = indexPhrases(['nhom', 'group', 'zalo', 'bao', 'facebook', 'face', 'fb', 'trang', 'web', 'cong thong tin', 'bang tin', 'kenh', 'tin nhan']);
/** Peer bodies named in the plural: "mấy xã", "các phường", "mấy trường" (not "mấy tổ", "các thôn": the unit's own parts). */
const PLURAL_PEERS = indexPhrases(
  ['cac', 'may', 'nhung'].flatMap((plural) =>
    ['xa', 'phuong', 'thi tran', 'huyen', 'quan', 'don vi', 'truong', 'tram', 'ben'].map((body) => `${plural} ${body}`),
  ),
);

/**
 * "…, em xem trên nhóm huyện": the teller says where they saw the news, so the status beside it came from others
 * (round 32). Only the seeing clause itself: a short clause of seeing and a channel, no status of its own.
 */
export function seenOnChannel(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!SEEING.includes(tokens[k] ?? '')) continue;
    for (let j = k + 1; j <= k + 2 && j < tokens.length; j++) if (ON_OR_IN.includes(tokens[j] ?? '') && phraseAtIn(tokens, j + 1, CHANNELS)) return true;
  }
  return false;
}

/** A body named in the singular: "Trường Lê Văn Tám", "Phường 7", "Trạm y tế xã Nam". */
const BODY_HEADS = indexPhrases(['truong', 'xa', 'phuong', 'tram', 'thi tran', 'hoi', 'doan', 'ben', 'cong an', 'ubnd']);

/**
 * The clause opens on peer bodies: in the plural ("Mấy xã vùng thấp xong hết rồi") or a body named that is not the
 * unit ("Trường Lê Văn Tám xong …", not "Trường em", "Phường mình").
 */
export function opensOnPeers(tokens: readonly string[]): boolean {
  const start = firstContent(tokens);
  if (phraseAtIn(tokens, start, PLURAL_PEERS) !== null) return true;
  const body = phraseAtIn(tokens, start, BODY_HEADS);
  if (body === null) return false;
  for (let k = body.end; k < Math.min(tokens.length, body.end + 3); k++) if (phraseAtIn(tokens, k, SELF) !== null) return false;
  return body.end < tokens.length;
}
