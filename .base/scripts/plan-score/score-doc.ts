/**
 * Scores one drafted plan (the plan file as an object, like `dieuphoi plan draft` prints it) against a
 * hand-made answer key. A faithful port of score_doc() in ../shared/plans/dev/score.py: same keyword
 * matching, lead and deadline rules, precision, tasks made from C/E items, phases and junk units.
 */
import { codePoints, date10, norm, stripMarks, UNICODE_WORD, unitNorm } from './normalise.ts';

export type KeyDeadline = { none?: boolean; dates?: string[]; start?: string; end?: string };
export type KeyRecurrence = { every: string; day?: Array<string | number>; optional?: boolean; alt_every?: string[] };
export type KeyItem = {
  id: string;
  label: 'T' | 'R' | 'P' | 'C' | 'E';
  title?: string;
  section?: string;
  keywords?: string[];
  lead?: string[];
  alt_lead?: Array<{ lead?: string[]; support_must_include?: string[] }>;
  support?: string[];
  deadline?: KeyDeadline;
  recurrence?: KeyRecurrence | null;
  key_lead?: string;
  key_deadline?: string;
};
export type PlanKey = { doc: string; items: KeyItem[] };

type Obj = Record<string, unknown>;
export type ItemResult = { id: string; task: string | null; taskIndex: number | null; leadOk: boolean; timeOk: boolean };
export type DocScore = {
  n_tr: number;
  matched: number;
  lead: number;
  time: number;
  both: number;
  tasks: number;
  tasks_matched: number;
  false_ce: Array<[string, string]>;
  /** draft tasks that match no T/R item (what precision counts against) */
  unmatched_tasks: number[];
  p_key: number;
  p_found: number;
  units: number;
  junk: Array<[string, string, string]>;
  /** matched items with a wrong lead or deadline, and how many of them the draft flagged for review (not in score.py) */
  wrong: number;
  wrong_flagged: number;
  per_item: ItemResult[];
};

const FREQ: Record<string, string> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  half_yearly: 'half_year',
  yearly: 'year',
};
const GENERIC_UNITS = new Set([
  'ủy ban nhân dân',
  'hội đồng nhân dân',
  'ban chỉ đạo',
  'văn phòng',
  'sở',
  'bộ',
  'công an',
  'ủy ban nhân dân tỉnh',
  'ủy ban nhân dân huyện',
  'ủy ban nhân dân thành phố',
  'tỉnh ủy',
  'ban',
]);
const VERB_END = new Set(
  'tham quy nghiên đôn sơ chủ tuyên thực báo phối chỉ xây tổ hướng kiểm triển giao có là được thành tổng rà lập đề theo và với của cho để tại trong về gồm phải cần căn ban'.split(
    ' ',
  ),
);
const MIN_FOUND = 2;
const MIN_RATIO = 0.5;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const empty = (v: unknown): boolean => v === null || v === undefined || v === '';

export function unitTable(draft: Obj): Map<string, Obj> {
  const table = new Map<string, Obj>();
  for (const u of list(draft.units)) if (isObj(u) && u.code) table.set(str(u.code), u);
  const config = isObj(draft.config) ? draft.config : {};
  for (const g of list(config.groups)) if (isObj(g) && g.code) table.set(str(g.code), { ...g, _group: true });
  return table;
}

function unitNames(u: Obj): string[] {
  const names = [u.name, ...list(u.short_names), ...list(u.aliases)];
  return names.filter((n) => n !== null && n !== undefined && n !== '' && n !== false && n !== 0).map(unitNorm);
}

export function nameMatches(keyLead: string, names: string[]): boolean {
  const k = unitNorm(keyLead);
  for (const n of names) {
    if (!n) continue;
    if (n === k) return true;
    if (codePoints(k) >= 6 && n.includes(k)) return true;
    if (!GENERIC_UNITS.has(n) && codePoints(n) >= 8 && k.includes(n)) return true;
  }
  return false;
}

export function leadOk(task: Obj, item: KeyItem, units: Map<string, Obj>): boolean {
  const u = units.get(str(task.lead));
  if (!u) return false;
  const names = unitNames(u);
  if ((item.lead ?? []).some((k) => nameMatches(k, names))) return true;
  for (const alt of item.alt_lead ?? []) {
    if ((alt.lead ?? []).some((k) => nameMatches(k, names))) {
      const supNames: string[] = [];
      for (const c of list(task.support)) {
        const s = units.get(str(c));
        if (s) supNames.push(...unitNames(s));
      }
      if ((alt.support_must_include ?? []).some((k) => nameMatches(k, supNames))) return true;
    }
  }
  return false;
}

function deadlinePartOk(task: Obj, kd: KeyDeadline): boolean {
  const dl = date10(task.deadline);
  if (dl === null) return Boolean(kd.none);
  const ok = new Set(kd.dates ?? []);
  if (kd.end) ok.add(kd.end);
  return ok.has(dl);
}

function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

function recDayOk(rec: Obj, kday: Array<string | number>, every: string): boolean {
  if (rec.day_of_period === null || rec.day_of_period === undefined) return false;
  const d = Number.parseInt(str(rec.day_of_period), 10);
  for (const raw of kday) {
    const k = String(raw);
    if (every === 'year' && /^\d{2}-\d{2}$/.test(k)) {
      for (const y of [2021, 2020]) if (dayOfYear(y, Number(k.slice(0, 2)), Number(k.slice(3))) === d) return true;
    } else if (/^\d+$/.test(k)) {
      const n = Number(k);
      if (d === n || (every === 'quarter' && [n + 59, n + 60, n + 61, n + 62].includes(d))) return true;
    }
  }
  return false;
}

function frequencyOf(rec: Obj): string {
  const f = str(rec.frequency);
  return FREQ[f] ?? f;
}

export function timeOk(task: Obj, item: KeyItem): boolean {
  const kd = item.deadline ?? {};
  const kr = item.recurrence ?? null;
  const rec = isObj(task.recurrence) ? task.recurrence : null;
  if (kr && !kr.optional) {
    if (!rec) return false;
    const f = frequencyOf(rec);
    if (![kr.every, ...(kr.alt_every ?? [])].includes(f)) return false;
    if (kr.day && kr.day.length > 0 && !recDayOk(rec, kr.day, f)) return false;
    return empty(task.deadline) || deadlinePartOk(task, kd);
  }
  if (rec) {
    if (kr?.optional) {
      const f = frequencyOf(rec);
      return [kr.every, ...(kr.alt_every ?? [])].includes(f) && (empty(task.deadline) || deadlinePartOk(task, kd));
    }
    return false;
  }
  return deadlinePartOk(task, kd);
}

export function kwScore(textN: string, textS: string, keywords: string[] | undefined): [number, number] {
  if (!keywords || keywords.length === 0) return [0, 0];
  let found = 0;
  for (const k of keywords) {
    const kn = norm(k);
    if (kn && (textN.includes(kn) || textS.includes(stripMarks(kn)))) found++;
  }
  return [found, found / keywords.length];
}

function isMatch(found: number, ratio: number, nkw: number): boolean {
  return found >= Math.min(MIN_FOUND, nkw) && ratio >= MIN_RATIO;
}

const DIGIT_OK = new RegExp(
  `(phường|quận|xã|ấp|tổ|khu phố|ban chỉ đạo|bcđ|quân khu|văn phòng ban chỉ đạo|đội|trung đoàn)[^\\p{Nd}]{0,25}\\p{Nd}+(?!${UNICODE_WORD})`,
  'u',
);

/** Why a drafted unit is junk (a sentence fragment, a title line, fused names), or null. */
export function junkReason(u: Obj): string | null {
  const name = str(u.name);
  const n = norm(name);
  if (codePoints(name) > 80) return 'over 80 chars';
  if (name.includes('\n')) return 'multi-line';
  if (/\p{Nd}/u.test(name) && !DIGIT_OK.test(n)) return 'digits';
  const letters = [...name].filter((c) => /\p{L}/u.test(c));
  const words = name.split(/\s+/u).filter(Boolean);
  if (words.length >= 2 && letters.length > 0 && letters.filter((c) => /\p{Lu}/u.test(c)).length / letters.length > 0.8) return 'all caps';
  const nWords = n.split(' ').filter(Boolean);
  if (nWords.length >= 2 && VERB_END.has(nWords[nWords.length - 1]!)) return `ends in "${nWords[nWords.length - 1]}"`;
  if (['ban hành', 'kế hoạch', 'căn cứ', 'quyết định'].some((p) => n.startsWith(p))) return 'title fragment';
  return null;
}

export function scoreDoc(draftValue: unknown, key: PlanKey): DocScore {
  const draft = isObj(draftValue) ? draftValue : {};
  const tasks = list(draft.tasks).filter(isObj);
  const units = unitTable(draft);
  const tr = key.items.filter((it) => it.label === 'T' || it.label === 'R');
  const ce = key.items.filter((it) => it.label === 'C' || it.label === 'E');
  const pp = key.items.filter((it) => it.label === 'P');
  const texts = tasks.map((t) => {
    const tn = norm([t.title, t.source].map(str).join(' '));
    return [tn, stripMarks(tn)] as const;
  });
  const pairs: Array<{ r: number; f: number; ti: number; ii: number }> = [];
  const anyTr = new Set<number>();
  texts.forEach(([tn, ts], ti) => {
    tr.forEach((it, ii) => {
      const [f, r] = kwScore(tn, ts, it.keywords);
      if (isMatch(f, r, (it.keywords ?? []).length)) {
        pairs.push({ r, f, ti, ii });
        anyTr.add(ti);
      }
    });
  });
  // Python sorts (r, f, -ti, -ii) descending: best ratio, then most keywords, then earliest task and item.
  pairs.sort((a, b) => b.r - a.r || b.f - a.f || a.ti - b.ti || a.ii - b.ii);
  const usedT = new Set<number>();
  const assign = new Map<number, number>();
  for (const { ti, ii } of pairs) {
    if (usedT.has(ti) || assign.has(ii)) continue;
    usedT.add(ti);
    assign.set(ii, ti);
  }
  const falseCe: Array<[string, string]> = [];
  texts.forEach(([tn, ts], ti) => {
    if (anyTr.has(ti)) return;
    for (const it of ce) {
      const [f, r] = kwScore(tn, ts, it.keywords);
      if (isMatch(f, r, (it.keywords ?? []).length)) {
        falseCe.push([str(tasks[ti]!.code), it.id]);
        break;
      }
    }
  });
  const perItem: ItemResult[] = [];
  let nlead = 0;
  let ntime = 0;
  let nboth = 0;
  let nwrong = 0;
  let nflagged = 0;
  tr.forEach((it, ii) => {
    const ti = assign.get(ii);
    if (ti === undefined) {
      perItem.push({ id: it.id, task: null, taskIndex: null, leadOk: false, timeOk: false });
      return;
    }
    const t = tasks[ti]!;
    const lo = leadOk(t, it, units);
    const to = timeOk(t, it);
    nlead += Number(lo);
    ntime += Number(to);
    nboth += Number(lo && to);
    if (!(lo && to)) {
      nwrong++;
      nflagged += Number(t.review === true);
    }
    perItem.push({ id: it.id, task: empty(t.code) ? null : str(t.code), taskIndex: ti, leadOk: lo, timeOk: to });
  });
  const phases: Obj[] = [];
  for (const p of list(draft.phases)) {
    if (!isObj(p)) continue;
    phases.push(p);
    phases.push(...list(p.sub_periods).filter(isObj));
  }
  let pfound = 0;
  for (const it of pp) {
    const kd = it.deadline ?? {};
    for (const p of phases) {
      const pn = norm(p.name);
      const [f, r] = kwScore(pn, stripMarks(pn), it.keywords);
      if ((kd.end && date10(p.end) === kd.end) || (kd.start && date10(p.start) === kd.start) || isMatch(f, r, (it.keywords ?? []).length)) {
        pfound++;
        break;
      }
    }
  }
  const junk: Array<[string, string, string]> = [];
  for (const u of list(draft.units)) {
    if (!isObj(u)) continue;
    const why = junkReason(u);
    if (why) junk.push([str(u.code), [...str(u.name).replace(/\n/g, ' ')].slice(0, 60).join(''), why]);
  }
  return {
    n_tr: tr.length,
    matched: assign.size,
    lead: nlead,
    time: ntime,
    both: nboth,
    tasks: tasks.length,
    tasks_matched: anyTr.size,
    false_ce: falseCe,
    unmatched_tasks: tasks.map((_, ti) => ti).filter((ti) => !anyTr.has(ti)),
    p_key: pp.length,
    p_found: pfound,
    units: list(draft.units).length,
    junk,
    wrong: nwrong,
    wrong_flagged: nflagged,
    per_item: perItem,
  };
}
