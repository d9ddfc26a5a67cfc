/**
 * Validation of /caidat schedule settings: `gio 07:30` (digest time), `tuan thu6` (weekly edition day),
 * `tonghop bat|tat` (digests on/off), `nhac bat|tat` (deadline nudges on/off). Errors in the chat's language.
 */
import { t } from '../i18n/translate.ts';
import type { ChatKind, ChatSettings, Locale } from '../model/records.ts';
import { foldVietnamese } from '../text/fold.ts';
import { formatTimeOfDay, readTimeOfDay } from '../time/read-time-of-day.ts';

export type ScheduleSettingResult = { ok: true; settings: Partial<ChatSettings> } | { ok: false; error: string };

const ON = new Set(['bat', 'on', 'co', 'mo', '1', 'true']);
const OFF = new Set(['tat', 'off', 'khong', 'ngung', 'dung', '0', 'false']);

/** "thu 6", "thứ sáu", "t6", "6" → ISO 5 (Friday); "chủ nhật", "cn" → 7. */
const WEEKDAY_WORDS: Record<string, number> = { hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7 };

/** English day names as the English help writes them ("tuan fri"): ISO day numbers. */
const ENGLISH_DAYS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

function parseWeekday(folded: string): number | null {
  const text = folded.replace(/\s+/g, '');
  const english = /^(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s)?$/.exec(text);
  // a bare "thu" is the Vietnamese "thứ" with its number left out, not Thursday
  if (english && text !== 'thu') return ENGLISH_DAYS[english[1]!]!;
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

export function parseScheduleSetting(key: string, value: string, chatKind: ChatKind = 'unit', locale: Locale = 'vi'): ScheduleSettingResult {
  const folded = foldVietnamese(value);
  switch (foldVietnamese(key)) {
    case 'gio': {
      const minutes = readTimeOfDay(value);
      if (minutes === null) {
        return { ok: false, error: t(locale, 'settings.bad_time', { value }) };
      }
      const time = formatTimeOfDay(minutes);
      return { ok: true, settings: chatKind === 'steering' ? { steeringDigestTime: time } : { unitDigestTime: time } };
    }
    case 'tuan': {
      if (chatKind !== 'steering') return { ok: false, error: t(locale, 'settings.weekly_steering_only') };
      const day = parseWeekday(folded);
      if (day === null) return { ok: false, error: t(locale, 'settings.bad_weekday', { value }) };
      return { ok: true, settings: { weeklyDigestDay: day } };
    }
    case 'tonghop':
    case 'nhac': {
      const on = parseSwitch(folded);
      if (on === null) return { ok: false, error: t(locale, 'settings.bad_switch', { value }) };
      return { ok: true, settings: foldVietnamese(key) === 'nhac' ? { nudgesEnabled: on } : { digestsEnabled: on } };
    }
    default:
      return { ok: false, error: t(locale, 'settings.unknown', { value: key }) };
  }
}
