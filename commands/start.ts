import { unitExampleCode } from './trogiup.ts';
import { t } from '../src/core/i18n/translate.ts';
import { escapeHtml } from '../src/core/text/html.ts';
import { optionalText } from './args.ts';
import { unboundGroupHint } from './unbound-hint.ts';
import type { CommandDefinition } from './types.ts';

export const startCommand: CommandDefinition<string> = {
  name: 'start',
  help: { vi: 'Giới thiệu bot và việc cần làm tiếp theo.', en: 'About the bot and what to do next.' },
  usage: { vi: '/start', en: '/start' },
  menu: true,
  // deep links carry a payload (/start xyz); it is not needed here
  args: optionalText,
  async handle(ctx) {
    const lines = [t(ctx.locale, 'start.intro')];
    if (ctx.chat.kind === 'unit' && ctx.chat.unitId !== null) {
      const unit = await ctx.deps.stores.directory.getUnit(ctx.chat.unitId);
      lines.push(t(ctx.locale, 'start.unit_next', { unit: unit?.name ?? '' }));
    } else if (ctx.chat.kind === 'steering') {
      lines.push(t(ctx.locale, 'start.steering_next'));
    } else {
      lines.push(await unboundGroupHint(ctx));
    }
    // Without reply threads (Zalo) a group reads only mentions: say how to address the bot there.
    if (ctx.chatType === 'group' && ctx.channel && !ctx.channel.replyThreads) {
      lines.push(t(ctx.locale, 'help.how_mention', { mention: escapeHtml(ctx.channel.mention), example: await unitExampleCode(ctx) }));
    }
    await ctx.reply({ html: lines.join('\n\n') });
  },
};
