import type { ProblemKey } from './messages';

// What kind of file arrived, and for text, which encoding. Decoding is strict: UTF-8 is only accepted when every
// byte sequence is valid UTF-8 (TextDecoder with fatal), otherwise the bytes are read as Windows-1252 (what Dutch
// Excel writes as "CSV"), and the preview names the encoding used, so nothing is silently garbled.

export type Sniffed =
  | { kind: 'text'; text: string; encoding: string }
  | { kind: 'xlsx' }
  | { kind: 'problem'; key: ProblemKey; params: Record<string, string> };

const startsWith = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);

/** Signatures of files people pick by mistake; named so the message can say what it is. */
const FOREIGN: { sig: number[]; what: string }[] = [
  { sig: [0x25, 0x50, 0x44, 0x46], what: 'PDF' },
  { sig: [0x89, 0x50, 0x4e, 0x47], what: 'PNG' },
  { sig: [0xff, 0xd8, 0xff], what: 'JPEG' },
  { sig: [0x47, 0x49, 0x46, 0x38], what: 'GIF' },
  { sig: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'SQLite' },
  { sig: [0x1f, 0x8b], what: 'gzip' },
];

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'problem', key: 'fileEmpty', params: {} };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return { kind: 'xlsx' };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { kind: 'problem', key: 'oldExcel', params: {} };
  const foreign = FOREIGN.find((f) => startsWith(bytes, ...f.sig));
  if (foreign) return { kind: 'problem', key: 'foreignFile', params: { what: foreign.what } };

  let text: string;
  let encoding: string;
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const t = strictUtf8(bytes.subarray(3));
    if (t === null) return { kind: 'problem', key: 'badUtf8', params: {} };
    [text, encoding] = [t, 'utf-8-bom'];
  } else if (startsWith(bytes, 0xff, 0xfe)) {
    [text, encoding] = [new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le'];
  } else if (startsWith(bytes, 0xfe, 0xff)) {
    [text, encoding] = [new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be'];
  } else {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) [text, encoding] = [new TextDecoder(utf16).decode(bytes), utf16];
    else {
      const t = strictUtf8(bytes);
      [text, encoding] = t !== null ? [t, 'utf-8'] : [new TextDecoder('windows-1252').decode(bytes), 'windows-1252'];
    }
  }
  if (looksBinary(text)) return { kind: 'problem', key: 'notSpreadsheet', params: { what: '' } };
  return { kind: 'text', text, encoding };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Text saved as UTF-16 without a BOM has a zero in every other byte for Latin text; no CSV has that otherwise. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 2000);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control characters other than tab and line breaks do not occur in a spreadsheet export. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8000);
  if (sample.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) controls++;
  }
  return controls > Math.max(2, sample.length * 0.01);
}

/** "CafÃ©" or "â€™": UTF-8 that was once read as Windows-1252 and saved again; the text itself is damaged. */
export function looksDoubleEncoded(text: string): string | null {
  const m = /[ÃÂ][\u0080-\u00bf¡-¿]|â€[™œ\u009d“”˜¦¢]/.exec(text);
  return m ? m[0] : null;
}
