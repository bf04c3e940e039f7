/**
 * Bytes ↔ URL-safe text for the usage permalink: unsigned LEB128 varints (exact up to 2^53,
 * with arithmetic rather than 32-bit shifts) and base64url without padding. The reader never
 * throws: a byte past the end or a number too large is reported as damage.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));
/** 8 varint bytes hold 56 bits, more than any exact count needs. */
const MAX_VARINT_BYTES = 8;

export class ByteWriter {
  private readonly bytes: number[] = [];

  uint(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a count: ${n}`);
    let v = n;
    while (v >= 128) {
      this.bytes.push((v % 128) + 128);
      v = Math.floor(v / 128);
    }
    this.bytes.push(v);
    return this;
  }

  /** ASCII text, length first. */
  text(s: string): this {
    this.uint(s.length);
    for (let i = 0; i < s.length; i++) this.bytes.push(s.charCodeAt(i) & 0x7f);
    return this;
  }

  toBase64Url(): string {
    const b = this.bytes;
    let out = "";
    for (let i = 0; i < b.length; i += 3) {
      const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
      out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
      if (i + 1 < b.length) out += ALPHABET[(n >> 6) & 63]!;
      if (i + 2 < b.length) out += ALPHABET[n & 63]!;
    }
    return out;
  }
}

/** base64url text → bytes, or why it is not (`truncated`: a length no encoding has, as when a link is cut). */
export function fromBase64Url(text: string): { ok: true; value: number[] } | { ok: false; error: string; truncated: boolean } {
  if (text.length % 4 === 1) return { ok: false, error: "its length is not that of encoded bytes", truncated: true };
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of text) {
    const v = INDEX.get(c);
    if (v === undefined) return { ok: false, error: `it holds “${c}”, which a summary never does`, truncated: false };
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return { ok: true, value: bytes };
}

export class ByteReader {
  private pos = 0;

  constructor(private readonly bytes: readonly number[]) {}

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  /** null when the bytes end early or the number is not exact. */
  uint(): number | null {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const b = this.bytes[this.pos++];
      if (b === undefined) return null;
      value += (b % 128) * scale;
      if (b < 128) return Number.isSafeInteger(value) ? value : null;
      scale *= 128;
    }
    return null;
  }

  text(maxLength: number): string | null {
    const n = this.uint();
    if (n === null || n > maxLength || this.pos + n > this.bytes.length) return null;
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(this.bytes[this.pos++]!);
    return s;
  }
}
