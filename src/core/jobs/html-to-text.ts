import { mentionsAsText } from '../text/mention.ts';

/** Message HTML to plain text for terminals and previews: tags dropped, links keep their text, mentions read "@Name", entities decoded. */
export function htmlToPlainText(html: string): string {
  return mentionsAsText(html)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
