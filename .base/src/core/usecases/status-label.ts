import type { Locale } from '../model/records.ts';
import { STATUS_LABEL_EN, STATUS_LABEL_VI, type TaskStatus } from '../status/task-status.ts';

export function statusLabel(status: TaskStatus, locale: Locale): string {
  return (locale === 'en' ? STATUS_LABEL_EN : STATUS_LABEL_VI)[status];
}
