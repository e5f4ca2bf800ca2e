import { MAX_IMPORT_BYTES } from '../../../../shared/schemas/importRequests';

export interface PickedFile { name: string; base64: string; bytes: number }

/**
 * A picked file as the core wants it: its bytes in base64. The page never decodes the text itself: the core
 * detects the encoding (UTF-8, UTF-16, Windows-1252) and says which one it used.
 */
export async function readPickedFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error('too_large');
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, base64: btoa(binary), bytes: bytes.length };
}
