import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { SEED_PLAN_PATH } from '../support/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * An open task's status is its lead's: moved to a new lead by /giao, the task shows the new lead's own part,
 * not the former lead's figure (QA15 #1: the new lead's card and /chitiet said 70% while its part was
 * "Chưa thực hiện"). The former lead keeps its figure as a supporting unit.
 */
describeOnEachDatabase('a task given a new lead', (use) => {
  let h: CommandHarness;
  let detail: string;

  beforeAll(async () => {
    h = await createHarness(use());
    h.clock.set(vietnamInstant(2023, 3, 6, 9, 0));
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 70 đã lắp 7 camera');
    h.clock.set(vietnamInstant(2023, 3, 7, 9, 0));
    await h.send(STEERING_CHAT, SECRETARY, '/giao P5-01 CATP, CAP5 | chuyển chủ trì');
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-01');
    detail = marksToPlainText(answer?.html ?? '');
  });

  it('the task takes the new lead’s part: not started, no percent', async () => {
    const task = (await h.stores.tasks.listTasks({ planId: h.planId })).find((t) => t.code === 'P5-01')!;
    expect(task.status).toBe('not_started');
    expect(task.percent).toBeNull();
    const header = detail.split('\n').slice(0, 6).join('\n');
    expect(header).not.toContain('70%');
    expect(detail).toContain('70%'); // the former lead's own part, now supporting
  });

  it('the new lead’s report moves the task', async () => {
    await h.send(CATP_CHAT, FOCAL, '/tiendo P5-01 20');
    const task = (await h.stores.tasks.listTasks({ planId: h.planId })).find((t) => t.code === 'P5-01')!;
    expect(task.status).toBe('in_progress');
    expect(task.percent).toBe(20);
  });
});

/** The same through a re-import that makes GD2-02's supporting unit (CAP5) its lead. */
describeOnEachDatabase('a task given a new lead by a re-import', (use) => {
  let h: CommandHarness;

  beforeAll(async () => {
    h = await createHarness(use());
    h.clock.set(vietnamInstant(2023, 3, 6, 9, 0));
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.send(CATP_CHAT, FOCAL, '/tiendo GD2-02 60');
    await h.send(CAP5_CHAT, FOCAL, '/tiendo GD2-02 10');
    const yaml = readFileSync(SEED_PLAN_PATH, 'utf8').replace(/(code: GD2-02[\s\S]*?)lead: CATP\n(\s+)support: \[CAP5\]/, '$1lead: CAP5\n$2support: [CATP]');
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach.yaml', bytes: new TextEncoder().encode(yaml) });
    const button = preview?.buttons?.[0]?.[0];
    await h.press(STEERING_CHAT, SECRETARY, button && 'data' in button ? button.data : '');
  });

  it('the task shows the new lead’s own 10%, not the former lead’s 60%', async () => {
    const task = (await h.stores.tasks.listTasks({ planId: h.planId })).find((t) => t.code === 'GD2-02')!;
    expect(task.assignments.find((a) => a.role === 'lead')?.unitCode).toBe('CAP5');
    expect(task.status).toBe('in_progress');
    expect(task.percent).toBe(10);
  });
});
