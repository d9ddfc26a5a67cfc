/**
 * A synthetic country written straight into the database: per area (ward/commune) one active plan
 * with 3 phases and 40 tasks, 5 units (each task: one lead, four support), ~3 bound unit groups,
 * and 6 months of append-only status reports with each assignment's denormalised latest status.
 * Size factor s scales areas and groups (1× = 3,300 areas, 10,000 groups).
 */
import { vietnamInstant } from '../../src/core/time/zone.ts';
import type { BenchDb } from '../support/emit.ts';
import { type Cell, postgresWriter, type RowWriter, sqliteWriter } from './row-writer.ts';

export interface CountryOptions {
  size: number;
  tasksPerArea?: number;
  reportsPerAssignment?: number;
}

export interface CountrySummary {
  areas: number;
  groups: number;
  units: number;
  tasks: number;
  assignments: number;
  reports: number;
}

const UNITS_PER_AREA = 5;
const UNIT_KINDS = ['police', 'people_committee', 'steering', 'youth_union', 'women_union'];
const DAY = 86_400_000;
/** reports run from here for six months; the benchmarked morning follows */
export const HISTORY_START = vietnamInstant(2025, 6, 2, 8, 0);
export const DIGEST_MORNING = vietnamInstant(2025, 12, 2, 7, 31);

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

type FinalStatus = 'not_started' | 'in_progress' | 'blocked' | 'done';
function finalStatus(roll: number): FinalStatus {
  if (roll < 0.15) return 'not_started';
  if (roll < 0.65) return 'in_progress';
  if (roll < 0.75) return 'blocked';
  return 'done';
}

const COLUMNS = {
  Unit: ['id', 'code', 'name', 'kind', 'createdAt'],
  Plan: ['id', 'number', 'issuer', 'issueDate', 'title', 'area', 'status', 'activatedAt', 'createdAt', 'updatedAt'],
  Phase: ['id', 'planId', 'code', 'name', 'startAt', 'endAt', 'position'],
  Task: [
    'id',
    'planId',
    'phaseId',
    'code',
    'title',
    'body',
    'dueAt',
    'deadlineText',
    'status',
    'percent',
    'doneReportedAt',
    'confirmedAt',
    'createdAt',
    'updatedAt',
  ],
  Assignment: ['id', 'taskId', 'unitId', 'role', 'status', 'percent', 'lastReportAt', 'doneReportedAt', 'createdAt'],
  Chat: ['id', 'platform', 'externalId', 'title', 'kind', 'unitId', 'active', 'locale', 'boundAt', 'createdAt'],
  StatusReport: ['id', 'taskId', 'unitId', 'status', 'percent', 'note', 'channel', 'reporterId', 'reporterName', 'createdAt'],
} as const;

export async function generateCountry(db: BenchDb, databaseUrl: string, options: CountryOptions): Promise<CountrySummary> {
  const areas = Math.max(1, Math.round(3_300 * options.size));
  const groups = Math.max(1, Math.round(10_000 * options.size));
  const tasksPerArea = options.tasksPerArea ?? 40;
  const reportsPerAssignment = options.reportsPerAssignment ?? 4;
  const writer: RowWriter = db === 'sqlite' ? sqliteWriter(databaseUrl) : await postgresWriter(databaseUrl);
  const put = (table: keyof typeof COLUMNS, row: Cell[]) => writer.insert(table, COLUMNS[table], row);
  const next = random(20251202);
  const created = HISTORY_START;
  const unitId = (area: number, u: number) => area * UNITS_PER_AREA + u + 1;
  const taskId = (area: number, t: number) => area * tasksPerArea + t + 1;
  const historyMs = DIGEST_MORNING.getTime() - HISTORY_START.getTime() - DAY;

  for (let a = 0; a < areas; a++) {
    for (let u = 0; u < UNITS_PER_AREA; u++) {
      await put('Unit', [unitId(a, u), `A${a}-U${u}`, `Đơn vị ${UNIT_KINDS[u]} xã/phường ${a + 1}`, UNIT_KINDS[u]!, created]);
    }
  }
  for (let a = 0; a < areas; a++) {
    await put('Plan', [
      a + 1,
      `${a + 1}/KH-BCĐ`,
      `BCĐ xã/phường ${a + 1}`,
      created,
      `Kế hoạch chuyển hoá địa bàn ${a + 1}`,
      `Xã/phường ${a + 1}`,
      'active',
      created,
      created,
      created,
    ]);
  }
  for (let a = 0; a < areas; a++) {
    for (let p = 0; p < 3; p++) {
      const start = new Date(HISTORY_START.getTime() + p * 90 * DAY);
      await put('Phase', [a * 3 + p + 1, a + 1, `GD${p + 1}`, `Giai đoạn ${p + 1}`, start, new Date(start.getTime() + 90 * DAY), p]);
    }
  }
  // Each assignment's reports are decided once, so Task, Assignment and StatusReport agree.
  const plan = (a: number, t: number, u: number) => {
    const r = random(a * 7919 + t * 104729 + u * 1299709 + 1);
    const status = finalStatus(r());
    // 1 … 2k−1 reports, k on average
    const count = status === 'not_started' ? 0 : 1 + Math.floor(r() * (2 * reportsPerAssignment - 1));
    const times = Array.from({ length: count }, () => HISTORY_START.getTime() + Math.floor(r() * historyMs)).sort((x, y) => x - y);
    return { status, times, percent: status === 'done' ? 100 : status === 'not_started' ? 0 : 10 + Math.floor(r() * 80) };
  };
  for (let a = 0; a < areas; a++) {
    for (let t = 0; t < tasksPerArea; t++) {
      const lead = plan(a, t, t % UNITS_PER_AREA);
      const due = new Date(HISTORY_START.getTime() + Math.floor(((t + 1) / tasksPerArea) * 300 * DAY));
      const doneAt = lead.status === 'done' ? new Date(lead.times[lead.times.length - 1]!) : null;
      const confirmed = doneAt && next() < 0.5 ? new Date(doneAt.getTime() + DAY) : null;
      const status = doneAt ? (confirmed ? 'done' : 'awaiting_confirmation') : lead.status;
      await put('Task', [
        taskId(a, t),
        a + 1,
        a * 3 + Math.min(2, Math.floor((t * 3) / tasksPerArea)) + 1,
        `NV${t + 1}`,
        `Nhiệm vụ ${t + 1} của địa bàn ${a + 1}`,
        null,
        due,
        null,
        status,
        lead.percent,
        doneAt,
        confirmed,
        created,
        created,
      ]);
    }
  }
  let assignments = 0;
  for (let a = 0; a < areas; a++) {
    for (let t = 0; t < tasksPerArea; t++) {
      for (let k = 0; k < UNITS_PER_AREA; k++) {
        const u = (t + k) % UNITS_PER_AREA;
        const p = plan(a, t, u);
        const last = p.times.length > 0 ? new Date(p.times[p.times.length - 1]!) : null;
        assignments++;
        await put('Assignment', [
          assignments,
          taskId(a, t),
          unitId(a, u),
          k === 0 ? 'lead' : 'support',
          p.status,
          p.percent,
          last,
          p.status === 'done' ? last : null,
          created,
        ]);
      }
    }
  }
  for (let g = 0; g < groups; g++) {
    const a = g % areas;
    const u = Math.floor(g / areas) % UNITS_PER_AREA;
    await put('Chat', [g + 1, 'telegram', String(-1_000_000_000_000 - g), `Nhóm ${g + 1}`, 'unit', unitId(a, u), true, 'vi', created, created]);
  }
  let reports = 0;
  for (let a = 0; a < areas; a++) {
    for (let t = 0; t < tasksPerArea; t++) {
      for (let k = 0; k < UNITS_PER_AREA; k++) {
        const u = (t + k) % UNITS_PER_AREA;
        const p = plan(a, t, u);
        for (let i = 0; i < p.times.length; i++) {
          const lastOne = i === p.times.length - 1;
          const status = lastOne ? p.status : 'in_progress';
          const percent = lastOne ? p.percent : Math.round(((i + 1) / (p.times.length + 1)) * p.percent);
          reports++;
          await put('StatusReport', [
            reports,
            taskId(a, t),
            unitId(a, u),
            status,
            percent,
            status === 'blocked' ? 'vướng kinh phí' : null,
            'reply',
            String(700_000 + u),
            'Cán bộ đầu mối',
            new Date(p.times[i]!),
          ]);
        }
      }
    }
  }
  await writer.finish();
  return { areas, groups, units: areas * UNITS_PER_AREA, tasks: areas * tasksPerArea, assignments, reports };
}
