import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CommandHarness, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const SEED_YAML = readFileSync('plans/45-KH-BCD-2023.yaml', 'utf8');
/** every task's title edited: the import changes (and sends) every task */
const EVERY_TASK_RETITLED = SEED_YAML.replace(/^ {4}title: (.*)$/gm, '    title: $1 (sửa)');

/** Two new tasks for CAP5 at the end of the tasks, the later deadline first, and one for an unbound unit. */
const THREE_TASKS_ADDED = SEED_YAML.replace(
  /\ncriteria:/,
  `
  - code: P5-03
    title: Tuần tra khu vực chợ Phường 5
    source: Tuần tra khu vực chợ Phường 5.
    lead: CAP5
    deadline: 2023-12-01
  - code: P5-04
    title: Rà soát nhà trọ trên địa bàn
    source: Rà soát nhà trọ trên địa bàn.
    lead: CAP5
    deadline: 2023-06-01
  - code: P5-05
    title: Vận động hội viên tham gia tuyên truyền
    source: Vận động hội viên tham gia tuyên truyền.
    lead: HPN_P5
    deadline: 2023-07-01

criteria:`,
);

/** Sends a plan file, presses [Kích hoạt] and returns the outcome message. */
async function activate(h: CommandHarness, yaml: string): Promise<string> {
  const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.yaml', bytes: new TextEncoder().encode(yaml) });
  const button = preview?.buttons?.[0]?.[0];
  const ok = button && 'data' in button ? button.data : undefined;
  if (!ok) throw new Error(`no Kích hoạt in ${preview?.html}`);
  await h.press(STEERING_CHAT, SECRETARY, ok);
  return h.replies.at(-1)?.html ?? '';
}

describe('after Kích hoạt, the secretariat learns which units have no group to receive their tasks', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.deliver();
  });

  it('names the units without a group by short name, capped, and says how a unit group connects', async () => {
    const html = await activate(h, EVERY_TASK_RETITLED);
    // in the order the plan names them
    const place = (code: string) => SEED_YAML.indexOf(`- code: ${code}\n`);
    const tasks = (await h.stores.tasks.listTasks({ planId: h.planId })).sort((a, b) => place(a.code) - place(b.code));
    const assignments = tasks.flatMap((task) => (task.status === 'done' ? [] : task.assignments.filter((a) => a.unitCode !== 'CAP5')));
    const unbound = new Set(assignments.map((a) => a.unitCode));
    const shortNames = [...new Set(assignments.map((a) => a.unitShortName ?? a.unitName))];
    expect(unbound.size).toBeGreaterThan(5);
    // changed tasks edit the cards already posted: no new message goes out, and no "0 messages on their way" is said
    expect(html).not.toContain('tin nhiệm vụ đang được gửi');
    const warning = new RegExp(
      `⚠️ <b>${unbound.size} đơn vị chưa kết nối nhóm nên chưa nhận được nhiệm vụ:</b> ([^.]+) và ${unbound.size - 5} đơn vị khác\\.`,
    ).exec(html);
    expect(warning?.[1]?.split(', ')).toEqual(shortNames.slice(0, 5));
    expect(html).not.toContain('Công an Phường 5');
    expect(html).toMatch(
      /gửi <code>\/moi [A-Z0-9_]+<\/code> \(mã hoặc tên đơn vị\) để lấy mã kết nối, rồi cán bộ đầu mối gửi <code>\/ketnoi &lt;mã&gt;<\/code> trong nhóm của đơn vị/,
    );
    // the command it suggests is one /moi understands
    const example = /<code>\/moi ([A-Z0-9_]+)<\/code>/.exec(html)?.[1] ?? '';
    expect(unbound.has(example)).toBe(true);
    expect((await h.send(STEERING_CHAT, SECRETARY, `/moi ${example}`))[0]?.html).toContain('Mã kết nối cho');
  });

  it('when every unit of the plan has a group, the message stays as it was', async () => {
    const tasks = await h.stores.tasks.listTasks({ planId: h.planId });
    const codes = [...new Set(tasks.flatMap((task) => task.assignments.map((a) => a.unitCode)))].filter((code) => code !== 'CAP5');
    for (const [index, code] of codes.entries()) await h.bindSteeringAndUnit(code, `-30${index}`);
    const html = await activate(h, EVERY_TASK_RETITLED);
    expect(html).toMatch(/8 thay đổi, 0 lưu trữ, 0 giữ nguyên\.$/);
    expect(html).not.toContain('chưa kết nối');
  });

  it('says no "0 task messages on their way" when the import sends nothing to a bound group', async () => {
    const onlyUnbound = SEED_YAML.replace(
      /\ncriteria:/,
      `
  - code: P5-06
    title: Vận động hội viên tham gia tổ tự quản
    source: Vận động hội viên tham gia tổ tự quản.
    lead: HPN_P5
    deadline: 2023-07-01

criteria:`,
    );
    const html = await activate(h, onlyUnbound);
    expect(html).toContain('1 nhiệm vụ mới');
    expect(html).not.toContain('tin nhiệm vụ đang được gửi');
    expect(html).toContain('⚠️ <b>1 đơn vị chưa kết nối nhóm nên chưa nhận được nhiệm vụ:</b> ');
  });

  it('names only the units of the tasks this import sends, and posts new cards in the plan’s order', async () => {
    const html = await activate(h, THREE_TASKS_ADDED);
    expect(html).toContain('giữ nguyên. 2 tin nhiệm vụ đang được gửi tới các nhóm đơn vị đã kết nối.');
    expect(html).toContain('⚠️ <b>1 đơn vị chưa kết nối nhóm nên chưa nhận được nhiệm vụ:</b> ');
    expect(html).toContain('<code>/moi HPN_P5</code>');
    const tasks = await h.stores.tasks.listTasks({ planId: h.planId });
    const codeOf = new Map(tasks.map((task) => [task.id, task.code]));
    const newCards = h.outbox.queued
      .filter((q) => q.kind === 'task' && q.link?.taskId !== undefined)
      .map((q) => codeOf.get(q.link?.taskId ?? 0))
      .filter((code) => ['P5-03', 'P5-04', 'P5-05'].includes(code ?? ''));
    expect(newCards).toEqual(['P5-03', 'P5-04']);
  });

  it('the difference names a unit the Đơn vị sheet adds (QA: it was silent)', async () => {
    const withUnit = THREE_TASKS_ADDED.replace(/\nunits:\n/, '\nunits:\n  - code: CTD_P5\n    name: Hội Chữ thập đỏ Phường 5\n    kind: mass_org\n').replace(
      '    lead: HPN_P5\n    deadline: 2023-07-01',
      '    lead: CTD_P5\n    deadline: 2023-07-01',
    );
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.yaml', bytes: new TextEncoder().encode(withUnit) });
    expect(preview?.html).toContain('+ Đơn vị mới (1): Hội Chữ thập đỏ Phường 5 (CTD_P5)');
    const [again] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.yaml', bytes: new TextEncoder().encode(THREE_TASKS_ADDED) });
    expect(again?.html).not.toContain('Đơn vị mới');
  });
});
