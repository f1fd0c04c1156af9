/**
 * A survey file as text, whatever its encoding: the byte-order mark says UTF-8 or UTF-16
 * (Excel's "Unicode text"); without one, NUL bytes on every other byte mean UTF-16, valid
 * UTF-8 is UTF-8, and anything else is read as Windows-1252 (Excel's older "CSV" on
 * Windows). Decoding streams, so a character split between two chunks arrives whole.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type FileKind = 'text' | 'xlsx' | 'xls' | 'binary' | 'empty';

/** Bytes inspected to tell the encoding and the kind of file. */
const SNIFF = 64 * 1024;

export interface Sniffed {
  readonly kind: FileKind;
  readonly encoding: Encoding;
}

/** What a file is, from its first bytes. */
export function sniff(bytes: Uint8Array): Sniffed {
  const utf8: Sniffed = { kind: 'text', encoding: 'utf-8' };
  if (bytes.length === 0) return { kind: 'empty', encoding: 'utf-8' };
  const [a, b, c, d] = bytes;
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) return { kind: 'xlsx', encoding: 'utf-8' };
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) return { kind: 'xls', encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { kind: 'text', encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { kind: 'text', encoding: 'utf-16be' };
  if (a === 0xef && b === 0xbb && c === 0xbf) return utf8;
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    if (byte === 0) {
      if (i % 2) oddNul += 1;
      else evenNul += 1;
    } else if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  const half = bytes.length / 2;
  if (oddNul > 0.3 * half && evenNul === 0) return { kind: 'text', encoding: 'utf-16le' };
  if (evenNul > 0.3 * half && oddNul === 0) return { kind: 'text', encoding: 'utf-16be' };
  if (evenNul + oddNul > 0 || control > 0.01 * bytes.length) return { kind: 'binary', encoding: 'utf-8' };
  try {
    // A multi-byte character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length === SNIFF ? SNIFF - 4 : bytes.length));
    return utf8;
  } catch {
    return { kind: 'text', encoding: 'windows-1252' };
  }
}

export async function sniffBlob(blob: Blob): Promise<Sniffed> {
  return sniff(new Uint8Array(await blob.slice(0, SNIFF).arrayBuffer()));
}

/** The first `bytes` of a text file, decoded (for the preview). */
export async function headText(blob: Blob, encoding: Encoding, bytes = 256 * 1024): Promise<string> {
  const head = new Uint8Array(await blob.slice(0, bytes).arrayBuffer());
  return new TextDecoder(encoding).decode(head, { stream: bytes < blob.size });
}

type Listener = (value?: unknown) => void;

/**
 * The minimal Node-style readable stream Papa Parse accepts as input (`readable`, `read`,
 * `on`, `removeListener`, `pause`, `resume`): text decoded from the blob's byte stream.
 * `onBytes` reports bytes read so far, for the progress bar; `transform` rewrites the text on its
 * way (quotes read as text, see quotes.ts).
 */
export function textStream(blob: Blob, encoding: Encoding, onBytes: (read: number) => void, transform?: { push(text: string): string; end(): string }) {
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, value?: unknown) => listeners.get(event)?.forEach((fn) => fn(value));
  let paused = false;
  let started = false;
  let wake: (() => void) | null = null;
  const decoder = new TextDecoder(encoding);
  async function pump(): Promise<void> {
    const reader = blob.stream().getReader();
    let read = 0;
    try {
      for (;;) {
        while (paused) await new Promise<void>((resolve) => (wake = resolve));
        const { done, value } = await reader.read();
        if (done) break;
        read += value.byteLength;
        const decoded = decoder.decode(value, { stream: true });
        const text = transform ? transform.push(decoded) : decoded;
        onBytes(read);
        if (text) emit('data', text);
      }
      const decoded = decoder.decode();
      const rest = transform ? transform.push(decoded) + transform.end() : decoded;
      if (rest) emit('data', rest);
      emit('end');
    } catch (error) {
      emit('error', error);
    }
  }
  return {
    readable: true as const,
    read() {},
    on(event: string, fn: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(fn);
      // Papa Parse attaches its listeners one after another, then waits: start once they are all on.
      if (!started) {
        started = true;
        queueMicrotask(() => void pump());
      }
    },
    removeListener(event: string, fn: Listener) {
      listeners.get(event)?.delete(fn);
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      wake?.();
      wake = null;
    },
  };
}
