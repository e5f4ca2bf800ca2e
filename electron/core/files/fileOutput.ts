import type { FileOutput } from '../../../shared/schemas/files';

/** Characters no file system accepts, and control characters, become a dash; the name stays readable. */
export function safeFilename(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 180);
  return cleaned.length > 0 ? cleaned : 'export';
}

/** A made file as the contract carries it to the page (which offers it through the save dialog). */
export function toFileOutput(data: Uint8Array | Buffer, filename: string, mime: string): FileOutput {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return { filename: safeFilename(filename), mime, base64: buffer.toString('base64'), bytes: buffer.byteLength };
}

export const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  json: 'application/json',
} as const;
