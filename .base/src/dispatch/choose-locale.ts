import type { ChatRecord, Locale } from '../core/model/records.ts';

/** The chat's language; in a private chat (no group setting to follow) the user's app language decides. */
export function chooseLocale(chat: ChatRecord, languageCode: string | null | undefined, isPrivate: boolean): Locale {
  if (isPrivate && chat.locale === 'vi' && languageCode?.toLowerCase().startsWith('en')) return 'en';
  return chat.locale;
}
