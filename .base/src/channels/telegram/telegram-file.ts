import type { Message, PhotoSize } from 'grammy/types';
import type { FileInput } from '../../../commands/types.ts';

function largestPhoto(sizes: PhotoSize[]): PhotoSize | undefined {
  return sizes.reduce<PhotoSize | undefined>((best, size) => (!best || size.width * size.height > best.width * best.height ? size : best), undefined);
}

/** The photo (its largest size) or document of a message, in the dispatcher's terms. */
export function toFileInput(message: Message): FileInput | null {
  const caption = message.caption ?? null;
  if (message.photo) {
    const photo = largestPhoto(message.photo);
    return photo ? { kind: 'photo', fileId: photo.file_id, fileUniqueId: photo.file_unique_id, caption } : null;
  }
  if (message.document) {
    const doc = message.document;
    return {
      kind: 'document',
      fileId: doc.file_id,
      fileUniqueId: doc.file_unique_id,
      fileName: doc.file_name ?? null,
      mimeType: doc.mime_type ?? null,
      caption,
      size: doc.file_size ?? null,
    };
  }
  return null;
}
