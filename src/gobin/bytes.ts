/**
 * Bounds-checked reads over a Uint8Array. Every read returns undefined when it would leave the buffer, so the
 * parsers built on it never throw on hostile input.
 */
export class Reader {
  private readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    readonly little: boolean,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  /** True when [at, at+n) lies inside the buffer (and both are safe, non-negative integers). */
  has(at: number, n: number): boolean {
    return (
      Number.isSafeInteger(at) && Number.isSafeInteger(n) && at >= 0 && n >= 0 && at + n <= this.bytes.length
    );
  }

  u8(at: number): number | undefined {
    return this.has(at, 1) ? this.view.getUint8(at) : undefined;
  }

  u16(at: number): number | undefined {
    return this.has(at, 2) ? this.view.getUint16(at, this.little) : undefined;
  }

  u32(at: number): number | undefined {
    return this.has(at, 4) ? this.view.getUint32(at, this.little) : undefined;
  }

  /** A 64-bit value as a number; values above 2^53 come back as undefined (no file is that large). */
  u64(at: number): number | undefined {
    if (!this.has(at, 8)) return undefined;
    const v = this.view.getBigUint64(at, this.little);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : undefined;
  }

  /** A pointer-sized word (4 or 8 bytes). */
  word(at: number, size: 4 | 8): number | undefined {
    return size === 8 ? this.u64(at) : this.u32(at);
  }

  /** A view of [at, at+n), or undefined when it does not fit. */
  slice(at: number, n: number): Uint8Array | undefined {
    return this.has(at, n) ? this.bytes.subarray(at, at + n) : undefined;
  }
}

/** Go's binary.Uvarint: [value, bytes read]; undefined when truncated or longer than 10 bytes / 2^53. */
export function uvarint(bytes: Uint8Array, at: number): [number, number] | undefined {
  let x = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    const b = bytes[at + i];
    if (b === undefined) return undefined;
    x += (b & 0x7f) * scale;
    if (b < 0x80) return Number.isSafeInteger(x) ? [x, i + 1] : undefined;
    scale *= 128;
  }
  return undefined;
}

/** The NUL-terminated string at `at` (at most `max` bytes), latin1-safe UTF-8 decoded. */
export function cString(bytes: Uint8Array, at: number, max = 4096): string | undefined {
  if (!Number.isSafeInteger(at) || at < 0 || at >= bytes.length) return undefined;
  const end = Math.min(bytes.length, at + max);
  let i = at;
  while (i < end && bytes[i] !== 0) i++;
  if (i === end) return undefined;
  return utf8(bytes.subarray(at, i));
}

const decoder = new TextDecoder('utf-8', { fatal: false });

export function utf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Index of `needle` in `hay` from `from`, or -1. Works on any Uint8Array (Buffer or not). */
export function indexOf(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  if (needle.length === 0) return from <= hay.length ? from : -1;
  const buf = Buffer.from(hay.buffer, hay.byteOffset, hay.byteLength);
  return buf.indexOf(needle, from);
}
