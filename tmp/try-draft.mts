import { readFileSync } from 'node:fs';
import { createPlanFiles } from '../src/plan-import/plan-files.ts';
const pf = createPlanFiles();
const bytes = readFileSync(process.argv[2]!);
const d = await pf.draftFromDocument(bytes, 'kh.txt');
if (!d.ok) { console.log(d.problem); process.exit(); }
console.log(d.draft.tasks.length, d.draft.tasks.filter(t=>t.review).length, d.draft.header);
const r = await pf.readPlanFile(d.workbook, 'kh.xlsx');
console.log(r.ok ? ['ok', r.plan.number, r.plan.tasks.length, r.warnings.slice(0,3)] : r.errors.slice(0,10));
if (r.ok) { console.log(r.plan.units.map(u=>u.code).join(','), '|', r.plan.tasks.map(t=>`${t.code}:${t.lead}`).join(' ')); }
