import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CommandHarness, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';
import { SEED_PLAN_PATH } from '../support/stores.ts';

const SEED_YAML = readFileSync(SEED_PLAN_PATH, 'utf8');
const withDeadline = (code: string, from: string, to: string) =>
  new TextEncoder().encode(SEED_YAML.replace(new RegExp(`(code: ${code}[\\s\\S]*?deadline: )${from}`), `$1${to}`));

/** Sends a plan file; returns its [Kích hoạt] button's data. */
async function stage(h: CommandHarness, fileName: string, bytes: Uint8Array): Promise<string> {
  const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName, bytes });
  const button = preview?.buttons?.[0]?.[0];
  if (!button || !('data' in button) || !button.data) throw new Error(`no Kích hoạt in ${preview?.html}`);
  return button.data;
}

/**
 * QA: a file checked earlier could still be activated after another import or a /doihan, and silently
 * undid them (its difference, shown before, no longer said what it would do).
 */
describe('Kích hoạt on a file checked before the plan changed is refused and changes nothing', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('after another file was activated', async () => {
    const first = await stage(h, 'a.yaml', withDeadline('GD2-01', '2023-08-31', '2023-09-30'));
    const second = await stage(h, 'b.yaml', withDeadline('GD2-01', '2023-08-31', '2023-10-15'));
    await h.press(STEERING_CHAT, SECRETARY, second);
    const due = (await h.stores.tasks.findTaskByCode('GD2-01'))?.dueAt;
    const before = await h.snapshot();

    await h.press(STEERING_CHAT, SECRETARY, first);
    expect(h.replies.at(-1)?.html).toContain('Kế hoạch 45/KH-BCĐ đã thay đổi sau khi bot kiểm tra “a.yaml”');
    expect((await h.stores.tasks.findTaskByCode('GD2-01'))?.dueAt).toEqual(due);
    expect(await h.snapshot()).toEqual(before);
  });

  it('after /doihan, and is taken again once the file is sent again', async () => {
    const data = await stage(h, 'c.yaml', withDeadline('GD2-02', '2023-05-31', '2023-06-15'));
    await h.send(STEERING_CHAT, SECRETARY, '/doihan GD2-01 15/10/2023 | theo chỉ đạo');
    await h.press(STEERING_CHAT, SECRETARY, data);
    expect(h.replies.at(-1)?.html).toContain('đã thay đổi sau khi bot kiểm tra');
    expect((await h.stores.tasks.findTaskByCode('GD2-02'))?.dueAt?.toISOString()).toContain('2023-05-31');

    const again = await stage(h, 'c.yaml', withDeadline('GD2-02', '2023-05-31', '2023-06-15'));
    await h.press(STEERING_CHAT, SECRETARY, again);
    expect(h.replies.at(-1)?.html).toContain('đã nhập và kích hoạt kế hoạch');
  });
});
