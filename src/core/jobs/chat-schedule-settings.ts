/**
 * Validation of /caidat schedule settings: `gio 07:30` (digest time), `tuan thu6` (weekly edition day),
 * `tonghop bat|tat` (digests on/off), `nhac bat|tat` (deadline nudges on/off). Vietnamese errors.
 */
import type { ChatKind, ChatSettings } from '../model/records.ts';
import { foldVietnamese } from '../text/fold.ts';
import { formatTimeOfDay, readTimeOfDay } from '../time/read-time-of-day.ts';

export type ScheduleSettingResult = { ok: true; settings: Partial<ChatSettings> } | { ok: false; error: string };

const ON = new Set(['bat', 'on', 'co', 'mo', '1', 'true']);
const OFF = new Set(['tat', 'off', 'khong', 'ngung', 'dung', '0', 'false']);

/** "thu 6", "thứ sáu", "t6", "6" → ISO 5 (Friday); "chủ nhật", "cn" → 7. */
const WEEKDAY_WORDS: Record<string, number> = { hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7 };

function parseWeekday(folded: string): number | null {
  const text = folded.replace(/\s+/g, '');
  if (text === 'cn' || text === 'chunhat') return 7;
  const m = /^(?:thu|t)?(\d|hai|ba|tu|nam|sau|bay)$/.exec(text);
  if (!m) return null;
  const vietnameseDay = /^\d$/.test(m[1]!) ? Number(m[1]) : WEEKDAY_WORDS[m[1]!]!;
  return vietnameseDay >= 2 && vietnameseDay <= 7 ? vietnameseDay - 1 : null;
}

function parseSwitch(folded: string): boolean | null {
  if (ON.has(folded)) return true;
  if (OFF.has(folded)) return false;
  return null;
}

export function parseScheduleSetting(key: string, value: string, chatKind: ChatKind = 'unit'): ScheduleSettingResult {
  const folded = foldVietnamese(value);
  switch (foldVietnamese(key)) {
    case 'gio': {
      const minutes = readTimeOfDay(value);
      if (minutes === null) {
        return { ok: false, error: `Giờ không hợp lệ: "${value}". Ví dụ: 07:30, 7h30, 7h hoặc 7 giờ.` };
      }
      const time = formatTimeOfDay(minutes);
      return { ok: true, settings: chatKind === 'steering' ? { steeringDigestTime: time } : { unitDigestTime: time } };
    }
    case 'tuan': {
      if (chatKind !== 'steering') return { ok: false, error: 'Bản tổng hợp tuần chỉ cài đặt trong nhóm Ban Chỉ đạo.' };
      const day = parseWeekday(folded);
      if (day === null) return { ok: false, error: `Ngày trong tuần không hợp lệ: "${value}". Ví dụ: thứ 6, t6, chủ nhật.` };
      return { ok: true, settings: { weeklyDigestDay: day } };
    }
    case 'tonghop':
    case 'nhac': {
      const on = parseSwitch(folded);
      if (on === null) return { ok: false, error: `Giá trị không hợp lệ: "${value}". Dùng "bật" hoặc "tắt".` };
      return { ok: true, settings: foldVietnamese(key) === 'nhac' ? { nudgesEnabled: on } : { digestsEnabled: on } };
    }
    default:
      return {
        ok: false,
        error: `Không có cài đặt "${key}". Các cài đặt: gio (giờ tổng hợp), tuan (ngày tổng hợp tuần), tonghop (bật/tắt tổng hợp), nhac (bật/tắt nhắc hạn).`,
      };
  }
}
