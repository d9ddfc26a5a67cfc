import { describe, expect, it } from 'vitest';
import { runReplyCommand } from '../../../src/cli/reply-command.ts';

async function run(argv: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runReplyCommand(argv, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

describe('dieuphoi reply', () => {
  it('prints the reading in Vietnamese', async () => {
    const { code, output } = await run(['đã xong rồi ạ']);
    expect(code).toBe(0);
    expect(output).toContain('Trạng thái: Hoàn thành · Tiến độ: 100% · Độ tin cậy: 0,92 · Ghi chú: đã xong rồi ạ');
  });

  it('prints JSON with --json', async () => {
    const { code, output } = await run(['--json', 'ht 80%']);
    expect(code).toBe(0);
    expect(JSON.parse(output)).toMatchObject({ status: 'in_progress', percent: 80, note: 'ht 80%', kind: 'report' });
  });

  it('says when a reply is not a report', async () => {
    const { output } = await run(['xong chưa anh?']);
    expect(output).toContain('Trạng thái: Không phải báo cáo (câu hỏi) · Tiến độ: —');
  });

  it('warns that the bot will ask when unsure', async () => {
    const { output } = await run(['đã xong nhưng còn vướng hồ sơ']);
    expect(output).toContain('Trạng thái: Vướng mắc');
    expect(output).toContain('bot sẽ hỏi lại bằng nút bấm');
  });

  it('joins unquoted words into one reply', async () => {
    const { output } = await run(['--json', 'chưa', 'xong,', 'đang', 'làm', '60%']);
    expect(JSON.parse(output)).toMatchObject({ status: 'in_progress', percent: 60, note: 'chưa xong, đang làm 60%' });
  });

  it('speaks English with --lang en', async () => {
    const { output } = await run(['--lang', 'en', 'vướng kinh phí']);
    expect(output).toContain('Status: Blocked');
  });

  it('prints usage and exits 2 without text or with an unknown option', async () => {
    for (const argv of [[], ['   '], ['--json'], ['--bogus', 'xong']]) {
      const { code, output } = await run(argv);
      expect(code).toBe(2);
      expect(output).toContain('Cách dùng: dieuphoi reply');
    }
  });
});
