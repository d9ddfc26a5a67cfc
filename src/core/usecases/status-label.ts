import { percentText } from '../digest/wording.ts';
import type { Locale } from '../model/records.ts';
import { STATUS_LABEL_EN, STATUS_LABEL_VI, type TaskStatus } from '../status/task-status.ts';

export function statusLabel(status: TaskStatus, locale: Locale): string {
  return (locale === 'en' ? STATUS_LABEL_EN : STATUS_LABEL_VI)[status];
}

/** A status with its percent, as /chitiet, the task card and the digests show it; a done status has none. */
export function statusWithPercent(status: TaskStatus, percent: number | null, locale: Locale): string {
  return `${statusLabel(status, locale)}${status === 'done' ? '' : percentText(percent)}`;
}
