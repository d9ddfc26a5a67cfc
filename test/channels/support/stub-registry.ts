import { z } from 'zod';
import type { ButtonAction, CommandContext, CommandDefinition, FileInput, FileHandler, ReplyHandler } from '../../../commands/types.ts';
import type { DispatchRegistry } from '../../../src/dispatch/dispatch-registry.ts';
import { escapeHtml } from '../../../src/core/text/html.ts';

export interface StubLog {
  commands: { name: string; args: string; ctx: CommandContext }[];
  buttons: { payload: string; ctx: CommandContext }[];
  replies: { text: string; replyToMessageId: string }[];
  files: { file: FileInput; replyToMessageId: string }[];
}

const text = z.string();

function command(name: string, handle: (ctx: CommandContext, args: string) => Promise<void>, menu = true): CommandDefinition<string> {
  return {
    name,
    help: { vi: `Lệnh ${name} tiếng Việt`, en: `Command ${name} in English` },
    usage: { vi: `/${name}`, en: `/${name}` },
    menu,
    args: text,
    handle,
  };
}

/** Small commands that show what the channel handed them; the real ones live in commands/. */
export function createStubRegistry(): { registry: DispatchRegistry; log: StubLog } {
  const log: StubLog = { commands: [], buttons: [], replies: [], files: [] };
  const commands: CommandDefinition<string>[] = [
    command('start', async (ctx) => {
      await ctx.reply({ html: 'Xin chào!', buttons: [[{ text: 'Hoàn thành', data: 'xong:1' }]] });
    }),
    command('tiendo', async (ctx, args) => {
      log.commands.push({ name: 'tiendo', args, ctx });
      await ctx.reply({ html: `Đã ghi nhận: ${escapeHtml(args)}` });
    }),
    command('danhsach', async (ctx) => {
      const lines = Array.from({ length: 400 }, (_, i) => `${i + 1}. Nhiệm vụ số ${i + 1}: tuần tra &amp; kiểm soát địa bàn`);
      await ctx.reply({ html: lines.join('\n'), buttons: [[{ text: 'Xem thêm', data: 'more:2' }]] });
    }),
    command(
      'loi',
      async () => {
        throw new Error('database exploded at bot123456789:SECRETSECRETSECRETSECRETSECRET');
      },
      false,
    ),
  ];
  const buttonActions: ButtonAction[] = [
    {
      prefix: 'xong',
      async handle(ctx, payload) {
        log.buttons.push({ payload, ctx });
        await ctx.editButtonMessage?.({ html: `Nhiệm vụ ${escapeHtml(payload)}: <b>hoàn thành</b>` });
        await ctx.answerButton?.('Đã ghi nhận hoàn thành');
      },
    },
    {
      prefix: 'lang',
      async handle(ctx, payload) {
        log.buttons.push({ payload, ctx });
      },
    },
    {
      prefix: 'hong',
      async handle() {
        throw new Error('button handler failed');
      },
    },
  ];
  const replyHandlers: ReplyHandler[] = [
    {
      async handle(ctx, replyText) {
        if (!replyText.includes('xong')) return false;
        log.replies.push({ text: replyText, replyToMessageId: ctx.replyToMessageId ?? '' });
        await ctx.reply({ html: 'Đã hiểu: hoàn thành' });
        return true;
      },
    },
  ];
  const fileHandlers: FileHandler[] = [
    {
      async handle(ctx, file) {
        log.files.push({ file, replyToMessageId: ctx.replyToMessageId ?? '' });
        await ctx.reply({ html: 'Đã lưu minh chứng' });
        return true;
      },
    },
  ];
  const registry: DispatchRegistry = {
    commands,
    buttonActions,
    replyHandlers,
    fileHandlers,
    findCommand: (name) => commands.find((c) => c.name === name),
    runCommand: async (definition, ctx, rawArgs) => definition.handle(ctx, definition.args.parse(rawArgs)),
  };
  return { registry, log };
}
