/**
 * "2. Giám đốc Sở Công Thương, trong vòng 10 ngày kể từ ngày Chỉ thị này được ban hành, rà soát … gửi Công an tỉnh. Chủ trì …": a
 * head's name, then the time set off by commas, then the duty. The time is moved to the end of that first sentence ("Giám đốc
 * Sở Công Thương rà soát … gửi Công an tỉnh, trong vòng 10 ngày kể từ …. Chủ trì …"), so the head is the subject of its verb as
 * in any other sentence and the time stays with its duty. Other lines are left as they are.
 */
export function timeAsideAfterDuty(line: string): string {
  const m = SUBJECT_TIME_DUTY.exec(line);
  if (!m) return line;
  const [, label = '', subject, time, duty] = m as unknown as [string, string | undefined, string, string, string];
  const end = /[.;](?=\s+\p{Lu})|[.;]?\s*$/u.exec(duty)!;
  const first = duty.slice(0, end.index).replace(/[,\s]+$/u, '');
  const after = duty.slice(end.index);
  return `${label}${subject} ${first}, ${time}${after.startsWith('.') || after.startsWith(';') ? after : `.${after}`}`.trimEnd();
}

const HEAD = `(?:Giám đốc|Chủ tịch|Thủ trưởng|Trưởng|Chỉ huy trưởng|Chánh Văn phòng|Bộ trưởng|Tổng cục trưởng|Cục trưởng)`;
const TIME = `(?:trong vòng|trong thời hạn|chậm nhất|trước ngày|ngay sau khi|ngay trong|trong tháng|trong quý|trong năm)`;
const SUBJECT_TIME_DUTY = new RegExp(
  String.raw`^((?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+])\s+)?((?:Các\s+)?${HEAD}\s+[^;.:]{3,90}?),\s+(${TIME}\s[^,;:]{3,120}?),\s+(\p{Ll}.*)$`,
  'u',
);
