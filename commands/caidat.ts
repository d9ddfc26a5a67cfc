import { z } from 'zod';
import { parseScheduleSetting } from '../src/core/jobs/chat-schedule-settings.ts';
import type { ChatSettings } from '../src/core/model/records.ts';
import { splitWords } from './args.ts';
import { actorOf } from './context-helpers.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

const DEFAULTS = { unit: '07:30', steering: '16:30' } as const;
const WEEKDAYS_VI = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const WEEKDAYS_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Args = { key: string; value: string } | null;

function describeSettings(ctx: CommandContext, s: ChatSettings): string {
  const vi = ctx.locale === 'vi';
  const steering = ctx.chat.kind === 'steering';
  const time = (steering ? s.steeringDigestTime : s.unitDigestTime) ?? (steering ? DEFAULTS.steering : DEFAULTS.unit);
  const onOff = (on: boolean | undefined) => (on === false ? (vi ? 'tắt' : 'off') : vi ? 'bật' : 'on');
  const lines = vi
    ? [
        `<b>Cài đặt của nhóm</b>`,
        `• Giờ gửi tổng hợp (ngày làm việc): ${time}`,
        `• Tổng hợp: ${onOff(s.digestsEnabled)}`,
        `• Nhắc hạn: ${onOff(s.nudgesEnabled)}`,
      ]
    : [
        `<b>Group settings</b>`,
        `• Digest time (working days): ${time}`,
        `• Digests: ${onOff(s.digestsEnabled)}`,
        `• Deadline nudges: ${onOff(s.nudgesEnabled)}`,
      ];
  if (steering) {
    const day = s.weeklyDigestDay ?? 5;
    lines.push(vi ? `• Tổng hợp tuần: ${WEEKDAYS_VI[day]}` : `• Weekly digest: ${WEEKDAYS_EN[day]}`);
  }
  lines.push(
    vi
      ? 'Đổi: <code>/caidat gio 07:00</code>, <code>/caidat tonghop tắt</code>, <code>/caidat nhac bật</code>' +
          (steering ? ', <code>/caidat tuan thứ 6</code>' : '')
      : 'Change: <code>/caidat gio 07:00</code>, <code>/caidat tonghop tat</code>, <code>/caidat nhac bat</code>' +
          (steering ? ', <code>/caidat tuan t6</code>' : ''),
  );
  return lines.join('\n');
}

/** Per-group digest time and switches; read by everyone, changed by the secretariat, group admins or the focal point. */
export const settingsCommand: CommandDefinition<Args> = {
  name: 'caidat',
  aliases: ['settings'],
  help: { vi: 'Xem hoặc đổi giờ gửi tổng hợp, bật/tắt tổng hợp và nhắc hạn của nhóm.', en: 'Show or change the group’s digest time and switches.' },
  usage: {
    vi: '/caidat [gio <giờ:phút> | tonghop bật/tắt | nhac bật/tắt | tuan thứ 6]',
    en: '/caidat [gio <hour:minute> | tonghop on/off | nhac on/off | tuan fri]',
  },
  menu: true,
  args: z.string().transform((text): Args => {
    const [key, ...rest] = splitWords(text);
    return key ? { key, value: rest.join(' ') } : null;
  }),
  async handle(ctx, args) {
    const vi = ctx.locale === 'vi';
    if (ctx.chat.kind === 'unbound') {
      await ctx.reply({
        html: vi
          ? 'Nhóm này chưa kết nối với đơn vị nào nên chưa có lịch gửi. Dùng /ketnoi &lt;mã&gt; trước.'
          : 'This group is not bound yet; use /ketnoi &lt;code&gt; first.',
      });
      return;
    }
    if (!args) {
      await ctx.reply({ html: describeSettings(ctx, ctx.chat.settings) });
      return;
    }
    const allowed = ctx.isSecretariat || ctx.user.isChatAdmin || ctx.member?.role === 'focal_point';
    if (!allowed) {
      await ctx.reply({
        html: vi
          ? 'Chỉ thường trực BCĐ, quản trị viên nhóm hoặc cán bộ đầu mối được đổi cài đặt. Không có gì thay đổi.'
          : 'Only the secretariat, group admins or the focal point may change settings. Nothing changed.',
      });
      return;
    }
    const parsed = parseScheduleSetting(args.key, args.value, ctx.chat.kind, ctx.locale);
    if (!parsed.ok) {
      // the error is HTML already: t() escaped the value the member typed
      await ctx.reply({ html: `${parsed.error} ${vi ? 'Không có gì thay đổi.' : 'Nothing changed.'}` });
      return;
    }
    // the value the group already has: no audit row, and the member is told so
    const current = ctx.chat.settings as Record<string, unknown>;
    if (Object.entries(parsed.settings).every(([key, value]) => current[key] === value)) {
      await ctx.reply({
        html: `${vi ? 'Cài đặt này đã như vậy; không có gì thay đổi.' : 'Already set so; nothing changed.'}\n${describeSettings(ctx, ctx.chat.settings)}`,
      });
      return;
    }
    const chat = await ctx.deps.stores.chats.updateSettings(ctx.chat.id, parsed.settings, actorOf(ctx));
    ctx.chat = chat;
    await ctx.reply({ html: `${vi ? '✅ Đã lưu.' : '✅ Saved.'}\n${describeSettings(ctx, chat.settings)}` });
  },
};
