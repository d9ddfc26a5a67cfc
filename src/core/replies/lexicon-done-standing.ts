/**
 * Word lists about whether a done word stands, in folded form (see lexicon.ts): denied, only believed,
 * expected or put ahead, withdrawn, or sent back to be redone.
 */
/** After a done word: the completion is denied ("xong đâu", "xong gì mà xong", "xong cái gì"). */
export const DONE_DENIED_AFTER = [
  'dau',
  'gi ma',
  // Central "xong chi mà xong" ("chi" is "gì"; "xong rồi chị" has no "mà xong")
  'chi ma xong',
  'cai gi',
  'gi dau',
  'dau ma',
  'con lau',
  'chua',
  'chi dau',
  'cai con khi',
  'con khi',
  'cai khi',
  'cai dau',
  'cai cuc',
  'cai con kho',
  'cai con cua',
];
/** Future times before "mới <verb>": "mai em mới làm", "qua Tết mới làm được". */
export const FUTURE_TIMES = [
  'mai',
  // English mixed in: "tomorrow done anh nhé", "xong next week".
  'tomorrow',
  'tonight',
  'next week',
  'ngay mai',
  'sang mai',
  'chieu mai',
  'toi mai',
  'tuan sau',
  'tuan toi',
  'thang sau',
  'qua tet',
  'sau tet',
  'qua ram',
  'sau ram',
  'ra tet',
  'cuoi tuan',
  'dau tuan',
  'nam sau',
  'sang tuan',
  'qua tuan',
  'thu hai',
  'thu ba',
  'thu tu',
  'thu nam',
  'thu sau',
  'thu bay',
  'chu nhat',
  'thu',
  'quy sau',
  'quy toi',
  'nam toi',
  'dot sau',
  'dot toi',
  'ky sau',
  'ky toi',
];
/** "em báo nhầm", "bấm nhầm nút", "thật ra …": what came before is withdrawn. */
export const CORRECTIONS = [
  // "thực tế là / thì / bên em …": in fact (not "đi thực tế", a field trip)
  'thuc te la',
  'thuc te thi',
  'thuc te ben',
  'thuc te em',
  // "em báo chưa xong là nhầm": what was said before it is withdrawn
  'la nham',
  'bao nham',
  'nhan nham',
  'go nham',
  'viet nham',
  'thuc ra',
  'bam nham',
  'nham nut',
  'that ra',
  'xin dinh chinh',
  'em dinh chinh',
  'dinh chinh lai',
  'bao cao dinh chinh',
  'sua lai la',
  'noi nham',
  'ghi nham',
  'bam lon',
  'bao lon',
];
/** Before a done word, it was only believed: "tưởng xong rồi ai dè…", "cứ ngỡ là xong". */
export const ILLUSORY = [
  'tuong',
  'cu tuong',
  'tuong la',
  'tuong dau',
  'ngo',
  'cu ngo',
  'ngo la',
  // counterfactual: "đáng lẽ xong từ tháng trước", "lẽ ra đã xong": it should have been, so it is not
  'le ra',
  'dang le',
  'dung ra',
  'ly ra',
];
/** Earlier in a done word's clause, with no "đã" between: the finish is expected ("dự kiến thứ 5 xong", "chắc cuối tuần xong"). */
export const EXPECTATIONS = [
  'du kien',
  'du tinh',
  'uoc tinh',
  'se',
  'chac',
  'chac la',
  'chac chan',
  'hy vong',
  'hi vong',
  'phan dau',
  'co gang',
  'muc tieu',
  'doan la',
  'tam tinh',
  'theo ke hoach',
  'mong',
  'mong la',
  'nghi la',
  'em nghi',
];
/** Between an expectation and the done word, or right after it: the finish is past after all ("dự kiến hôm qua đã xong", "xong rồi"). */
export const PAST_MARKERS = ['da', 'roi', 'hom qua', 'vua', 'vua moi', 'tu hom', 'truoc', 'hom truoc', 'tuan truoc'];
/** Finished work undone: sent back, refused, to be redone ("bị trả hồ sơ", "phải làm lại"). */
export const UNDONE_RETURNED = [
  // "phường trả về bắt sửa": sent back
  'tra ve bat',
  'bi tra',
  'bi tra lai',
  'bi tra ve',
  'bi bac',
  'bi loai',
  'bi yeu cau bo sung',
  'yeu cau bo sung',
  'khong dat yeu cau',
  'chua dat yeu cau',
  'tra lai ho so',
  'tra ho so',
  // "nhưng họ trả lại", "bên đó trả về": the body it went to sent it back
  'ho tra lai',
  'ho tra ve',
  'ben do tra lai',
  'ben do tra ve',
  'lai tra lai',
  'lai tra ve',
  // "nhưng phường trả lại, bảo sai mẫu": a body above sent it back
  ...['phuong', 'xa', 'huyen', 'quan', 'tinh', 'so', 'phong', 'kho bac', 'ngan hang'].flatMap((body) => [`${body} tra lai`, `${body} tra ve`]),
];
export const UNDONE_REDO = [
  'bat sua lai',
  'bat lam lai',
  'yeu cau sua lai',
  'phai sua',
  'bat bo sung',
  'phai lam lai',
  'lam lai tu dau',
  'phai sua lai',
  'yeu cau lam lai',
  'phai lam lai tu dau',
  'phai ra soat lai',
  'phai nop lai',
  'phai bo sung lai',
  // "bị trả về, phải vẽ lại": a paper made again
  ...['ve', 'viet', 'in', 'chup', 'nhap', 'soan', 'khai', 'ke khai', 'dem'].map((verb) => `phai ${verb} lai`),
];
