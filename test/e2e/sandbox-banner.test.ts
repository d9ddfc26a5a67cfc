import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { sandboxBanner } from '../../src/app/start-sandbox.ts';
import { type E2eSandbox, startE2eSandbox } from './helpers.ts';

describe('npm start (sandbox): what the banner says', () => {
  let blocker: Server | undefined;
  let sandbox: E2eSandbox | undefined;
  afterAll(async () => {
    await sandbox?.stop();
    await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
  });

  it('names a busy SANDBOX_PORT and the port taken instead, and says the sandbox starts fresh', async () => {
    blocker = createServer();
    const busy = await new Promise<number>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)));
    sandbox = await startE2eSandbox({ port: busy });
    const run = sandbox.run;
    expect(run.busyPort).toBe(busy);
    const port = new URL(run.url).port;
    expect(port).not.toBe(String(busy));
    const banner = sandboxBanner(run).join('\n');
    expect(banner).toContain(`mở ${run.url} trong trình duyệt`);
    expect(banner).toContain(`Cổng ${busy} (SANDBOX_PORT) đang bận — có thể một sandbox khác vẫn đang chạy — nên sandbox này dùng cổng ${port}.`);
    expect(banner).toContain(`Đây là một sandbox mới: mỗi lần khởi động, dữ liệu của lần trước (${run.databaseFile}) được xóa và kế hoạch mẫu được nhập lại`);
    expect((await fetch(run.url)).status).toBe(200);
  }, 60_000);

  it('says nothing about ports when the port asked for was free', () => {
    const banner = sandboxBanner({ url: 'http://127.0.0.1:8790/', databaseFile: './data/sandbox.db' }).join('\n');
    expect(banner).not.toContain('đang bận');
    expect(banner).toContain('sandbox mới');
    expect(banner).toContain('kế hoạch mẫu được nhập lại từ đầu');
  });

  it('with a plan file of its own (PLAN_FILE) names that file, not the seed plan', () => {
    const banner = sandboxBanner({ url: 'http://127.0.0.1:8790/', databaseFile: './data/sandbox.db', planFile: '/tmp/qa-plan.yaml' }).join('\n');
    expect(banner).toContain('kế hoạch trong /tmp/qa-plan.yaml (PLAN_FILE) được nhập lại từ đầu');
    expect(banner).not.toContain('kế hoạch mẫu');
  });
});
