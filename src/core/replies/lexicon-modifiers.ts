/**
 * Word lists that change what a status word means, in folded form (see lexicon.ts): negations, future
 * and ongoing markers, fillers between a marker and its word, partial and conditional markers, reasons.
 */

/** Turns what follows into its opposite. */
export const NEGATIONS = ['chua', 'khong', 'chang', 'dau co', 'co dau', 'van chua', 'con chua', 'chua he', 'khong he', 'chua the', 'khong the'];

/** Before a problem word, says the problem is gone or never was. */
export const PROBLEM_CANCELLERS = [
  'khong',
  'chua',
  'chang',
  'het',
  'thao go',
  // "đã gỡ được vướng": not "chưa gỡ được vướng" (RESOLUTION_DOUBTS before it)
  'go duoc',
  'go xong',
  'giai quyet',
  'khac phuc',
  'khong co',
  'khong gap',
  // a check that found none: "không phát hiện sự cố gì", "chưa ghi nhận vướng mắc"
  'khong phat hien',
  'chua phat hien',
  'khong ghi nhan',
  'chua ghi nhan',
  // never suffered it: "như chưa từng bị ngập", "chưa từng có lũ"
  'chua tung bi',
  'chua tung co',
  'khong he bi',
  'chua he bi',
];

/** Before a done or start word: it lies ahead ("sẽ xong", "dự kiến hoàn thành", "tuần sau mới làm"). */
export const FUTURE_MARKERS = [
  'se',
  'sap',
  'gan',
  'gan nhu',
  'du kien',
  'phan dau',
  'co gang',
  'de',
  'nham',
  'khi',
  'sau khi',
  'truoc khi',
  'neu',
  'muc tieu',
  'phai',
  'can phai',
  'ngay mai',
  'tuan sau',
  'tuan toi',
  'thang sau',
  'thang toi',
  'toi nay',
  'chieu nay',
  'cuoi tuan',
  'nay mai',
  'co ban',
  'hy vong',
  'hi vong',
  'ke hoach',
  'co the',
  'tuan sau moi',
  'mai moi',
  'sau moi',
  'sang tuan moi',
  'qua tuan moi',
  'tuan toi moi',
  'thang sau moi',
  'thang toi moi',
  'cuoi tuan moi',
  'sang nam moi',
  'chac phai',
  'mai',
  'sang mai',
  'chieu mai',
  'toi mai',
  'chac',
  'chac la',
  'chac se',
];

/** Before an ongoing marker: "đang hoàn thành", "đang tiến hành làm". */
export const ONGOING_MARKERS = ['dang', 'van dang', 'con dang', 'tiep tuc', 'dang tien hanh', 'dang trien khai'];

/**
 * Words that may stand between a marker and the word it modifies without breaking the link:
 * "chưa được hoàn thành", "dự kiến 20/12 hoàn thành", "không có gì vướng".
 */
export const FILLERS = [
  'da',
  'duoc',
  'som',
  'kip',
  'hoan toan',
  'that su',
  'het',
  'ngay',
  'truoc',
  'trong',
  'vao',
  'thang',
  'tuan',
  'nam',
  'co',
  'gi',
  'gap',
  'phat sinh',
  'xay ra',
  'con',
  'nao',
  'bi',
  'the',
  'lam',
  'thuc hien',
  'trien khai',
  'bat dau',
  'tien hanh',
  'to chuc',
  'em',
  'anh',
  'chung em',
  'ben em',
  'toi',
  'chung toi',
  'don vi',
  'cung',
  'van',
  'moi',
  '/',
];

/** After a done word: only part is done ("xong một phần", "hoàn thành bước 1"). */
export const PARTIAL_MARKERS = [
  'co ban',
  'da so',
  'phan nhieu',
  'kha kha',
  'tam tam',
  'so so',
  'hom hom',
  'tuong doi',
  'mot phan',
  '1 phan',
  'mot nua',
  '1 nua',
  'nua',
  'so bo',
  'phan dau',
  'phan lon',
  'gan het',
  'hau het',
  'gan du',
  'gan nhu het',
  'duoc mot it',
];
/** After a done word, a part only when numbered: "xong đợt 1", "hoàn thành bước đầu" (not "kết thúc đợt kiểm tra"). */
export const NUMBERED_PARTS = ['buoc', 'giai doan', 'dot', 'khau', 'phan'];
export const PART_ORDINALS = ['dau', 'mot', 'hai', 'ba', 'dau tien', 'thu nhat', 'thu hai', 'so bo', '1', '2', '3', '4', '5'];

/** After a done word: "xong" used as "after", e.g. "họp xong sẽ triển khai". */
export const CONDITIONAL_AFTER = ['se', 'thi', 'roi se', 'moi', 'roi moi', 'em se', 'thi se', 'roi thi'];

/** Explains why ("do", "vì"): a negated report with a reason is a blocker. */
export const REASON_MARKERS = ['do', 'vi', 'tai vi', 'boi vi', 'ly do', 'boi'];

/** Reasons that are the unit's own choice, not a blocker: "chưa triển khai do đang tập trung cho đợt Tết". */
export const OWN_REASONS = [
  'dang tap trung',
  'tap trung',
  'uu tien',
  'ban',
  'dang ban',
  'don suc',
  'dang don suc',
  'dang lo',
  'dang xay dung',
  'dang chuan bi',
  'chua den',
  'chua toi',
  'dang lam',
  'dang len',
  'dang lap',
  'dang nghien cuu',
  'dang tim hieu',
  'dang doc',
  // the work only just came: "chưa triển khai do vừa nhận văn bản".
  'moi nhan',
  'vua nhan',
  'moi tiep nhan',
  'vua tiep nhan',
  'moi duoc giao',
  'vua duoc giao',
];
