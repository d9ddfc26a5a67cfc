/** Every word a chart draws, per language: a chart sent to an English chat reads English (QA10 #2). */
import { OFFICIAL_LABEL_EN, OFFICIAL_LABEL_VI } from '../../core/digest/official-counts.ts';
import type { Locale } from '../../core/model/records.ts';

export interface ChartWords {
  official: typeof OFFICIAL_LABEL_VI;
  unitsTitle: (plan: string) => string;
  unitsSubtitle: (date: string) => string;
  lead: string;
  support: string;
  unitsFootnote: string;
  /** under the units chart when a supporting part counts as done by the lead's confirmed report, not its own */
  closedByLeadFootnote: string;
  timelineTitle: (plan: string) => string;
  timelineSubtitle: (date: string) => string;
  phaseFigures: (percent: number, done: number, tasks: number) => string;
  today: string;
  openTitle: (plan: string) => string;
  openSubtitle: (date: string) => string;
  open: string;
  openOverdue: string;
  openEnd: (open: number, overdue: number) => string;
}

const VI: ChartWords = {
  official: OFFICIAL_LABEL_VI,
  unitsTitle: (plan) => `Kết quả theo đơn vị — Kế hoạch ${plan}`,
  unitsSubtitle: (date) => `Số liệu đến ngày ${date}; chủ trì và phối hợp tính riêng`,
  lead: 'Chủ trì',
  support: 'Phối hợp',
  unitsFootnote: 'Một nhiệm vụ có nhiều đơn vị: tổng các đơn vị lớn hơn tổng số nhiệm vụ.',
  closedByLeadFootnote: 'Phối hợp: gồm cả phần việc hoàn thành theo báo cáo của chủ trì.',
  timelineTitle: (plan) => `Tiến độ các giai đoạn — Kế hoạch ${plan}`,
  timelineSubtitle: (date) => `Phần tô đậm: tỷ lệ nhiệm vụ đã hoàn thành; vạch đỏ: hôm nay ${date}`,
  phaseFigures: (percent, done, tasks) => `: ${percent}% (${done}/${tasks} nhiệm vụ)`,
  today: 'Hôm nay',
  openTitle: (plan) => `Nhiệm vụ chưa hoàn thành — Kế hoạch ${plan}`,
  openSubtitle: (date) => `Đến ngày ${date}`,
  open: 'Chưa hoàn thành',
  openOverdue: 'Trong đó quá hạn',
  openEnd: (open, overdue) => `${open} (quá hạn ${overdue})`,
};

const EN: ChartWords = {
  official: OFFICIAL_LABEL_EN,
  unitsTitle: (plan) => `Results by unit — Plan ${plan}`,
  unitsSubtitle: (date) => `Figures as of ${date}; lead and support counted apart`,
  lead: 'Lead',
  support: 'Support',
  unitsFootnote: 'A task has several units: the units add up to more than the tasks.',
  closedByLeadFootnote: 'Support: includes parts done as the lead reported.',
  timelineTitle: (plan) => `Progress of the phases — Plan ${plan}`,
  timelineSubtitle: (date) => `Dark part: share of tasks done; red line: today ${date}`,
  phaseFigures: (percent, done, tasks) => `: ${percent}% (${done}/${tasks} tasks)`,
  today: 'Today',
  openTitle: (plan) => `Tasks not done — Plan ${plan}`,
  openSubtitle: (date) => `As of ${date}`,
  open: 'Not done',
  openOverdue: 'Of which overdue',
  openEnd: (open, overdue) => `${open} (${overdue} overdue)`,
};

export function chartWords(locale: Locale): ChartWords {
  return locale === 'en' ? EN : VI;
}
