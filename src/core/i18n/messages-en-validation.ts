import type { VALIDATION_VI } from './messages-vi-validation.ts';

/** English texts for values a command refuses (same keys as the Vietnamese). */
export const VALIDATION_EN: Record<keyof typeof VALIDATION_VI, string> = {
  'settings.bad_time': 'Invalid time: "{value}". E.g. 07:30, 7h30, 7h or 7 giờ.',
  'settings.weekly_steering_only': 'The weekly digest is set only in the steering group.',
  'settings.bad_weekday': 'Invalid day of the week: "{value}". E.g. fri, friday, t6, thứ 6, sun.',
  'settings.bad_switch': 'Invalid value: "{value}". Use "on" or "off" (bật/tắt).',
  'settings.unknown': 'No setting "{value}". Settings: gio (digest time), tuan (weekly digest day), tonghop (digests on/off), nhac (deadline nudges on/off).',
  'criterion.needs_number': 'This criterion is measured by a number (target {target}): send a number, e.g. 85.',
  'criterion.needs_verdict': 'This criterion is judged in words: send "met" or "not met" (đạt / chưa đạt).',
  'period.invalid':
    'Invalid report period: "{value}". Use one of: a month (11/2023), a quarter (quarter 4/2023 or quý IV/2023), a half year (first half 2023 / second half 2023), a year (year 2023) or a date range (01/03/2023..31/05/2023).',
  'period.reversed': 'Invalid report period: the start date {from} is after the end date {to}.',
};
