import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SandboxState, StoredFile } from './state.ts';
import type { TgDocument, TgPhotoSize } from './types.ts';
import { imageSize } from './image-size.ts';

export type FileKind = 'photo' | 'document';

/** Uploaded and sent files; bytes stay in memory, and are also written under fileDir when given. */
export class FileStore {
  constructor(
    private readonly state: SandboxState,
    private readonly fileDir?: string,
  ) {}

  async put(kind: FileKind, bytes: Uint8Array, fileName?: string, mimeType?: string): Promise<StoredFile> {
    const fileId = this.state.uniqueId(kind === 'photo' ? 'AgAC' : 'BQAC');
    const extension = /\.([a-zA-Z0-9]{1,8})$/.exec(fileName ?? '')?.[1] ?? (kind === 'photo' ? 'jpg' : 'bin');
    const file: StoredFile = {
      fileId,
      fileUniqueId: this.state.uniqueId('AQAD'),
      filePath: `${kind === 'photo' ? 'photos' : 'documents'}/file_${this.state.files.size}.${extension}`,
      bytes,
    };
    if (fileName) file.fileName = fileName;
    const mime = mimeType && mimeType !== 'application/octet-stream' ? mimeType : guessMime(extension);
    if (mime) file.mimeType = mime;
    this.state.files.set(fileId, file);
    if (this.fileDir) {
      const target = join(this.fileDir, file.filePath);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
    }
    return file;
  }

  get(fileId: string): StoredFile | undefined {
    return this.state.files.get(fileId);
  }

  byPath(filePath: string): StoredFile | undefined {
    for (const file of this.state.files.values()) if (file.filePath === filePath) return file;
    return undefined;
  }
}

export function photoSizes(file: StoredFile): TgPhotoSize[] {
  const { width, height } = imageSize(file.bytes);
  return [{ file_id: file.fileId, file_unique_id: file.fileUniqueId, width, height, file_size: file.bytes.length }];
}

export function documentOf(file: StoredFile): TgDocument {
  const document: TgDocument = { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.bytes.length };
  if (file.fileName) document.file_name = file.fileName;
  if (file.mimeType) document.mime_type = file.mimeType;
  return document;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  yaml: 'application/yaml',
  yml: 'application/yaml',
};

export function guessMime(extension: string): string | undefined {
  return MIME_BY_EXTENSION[extension.toLowerCase()];
}
