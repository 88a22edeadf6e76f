/**
 * Size budgets as people write them: `50MiB`, `1.5GB`, `52428800` (bytes), and increases as `10%` or an
 * absolute size. A budget applies to the compressed size (the bytes a node pulls) unless the value ends
 * with `uncompressed` (the bytes of the files). Pure: the parsers return the value or a problem to report.
 */

export type SizeMeasure = 'compressed' | 'uncompressed';

export interface SizeLimit {
  readonly bytes: number;
  readonly measure: SizeMeasure;
  /** As written, normalised: `50 MiB`, `1.5 GB uncompressed`. */
  readonly text: string;
}

export type SizeIncrease =
  | {
      readonly kind: 'percent';
      readonly percent: number;
      readonly measure: SizeMeasure;
      readonly text: string;
    }
  | { readonly kind: 'bytes'; readonly bytes: number; readonly measure: SizeMeasure; readonly text: string };

export type Parsed<T> = { readonly value: T } | { readonly problem: string };

/** Units by lowercase name: decimal (kB, MB…) and binary (KiB, MiB…), and bytes. */
const UNITS: Readonly<Record<string, { readonly factor: number; readonly name: string }>> = {
  '': { factor: 1, name: 'B' },
  b: { factor: 1, name: 'B' },
  kb: { factor: 1e3, name: 'kB' },
  mb: { factor: 1e6, name: 'MB' },
  gb: { factor: 1e9, name: 'GB' },
  tb: { factor: 1e12, name: 'TB' },
  kib: { factor: 1024, name: 'KiB' },
  mib: { factor: 1024 ** 2, name: 'MiB' },
  gib: { factor: 1024 ** 3, name: 'GiB' },
  tib: { factor: 1024 ** 4, name: 'TiB' },
};

export const SIZE_FORMS =
  'a size like 50MiB, 1.5GB or 52428800 (bytes; units B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)';
const MEASURE_HINT = 'optionally followed by "compressed" (the default) or "uncompressed"';

/** Splits off a trailing ` compressed` / ` uncompressed`. */
function splitMeasure(text: string): { body: string; measure: SizeMeasure } {
  const m = /^(.*?)\s+(compressed|uncompressed)$/i.exec(text);
  return m
    ? { body: (m[1] as string).trim(), measure: (m[2] as string).toLowerCase() as SizeMeasure }
    : { body: text, measure: 'compressed' };
}

const NUMBER = /^(\d{1,15}(?:\.\d{1,9})?)\s?([A-Za-z]{0,3})$/;

/** A size in bytes (no measure), or why not. Zero is allowed; the caller decides whether it makes sense. */
export function parseBytes(text: string): Parsed<{ bytes: number; text: string }> {
  const t = text.trim();
  const m = NUMBER.exec(t);
  const unit = m ? UNITS[(m[2] as string).toLowerCase()] : undefined;
  if (!m || !unit) {
    const single = /^\d+(?:\.\d+)?\s?[kmgt]$/i.test(t);
    return {
      problem: `expected ${SIZE_FORMS}${single ? `; a bare k/M/G/T is ambiguous, write MiB or MB` : ''}`,
    };
  }
  const number = m[1] as string;
  if (unit.factor === 1 && number.includes('.')) return { problem: `expected a whole number of bytes` };
  const bytes = Math.round(Number(number) * unit.factor);
  if (!Number.isSafeInteger(bytes)) return { problem: `the size is too large (at most 8 PiB)` };
  return { value: { bytes, text: `${number} ${unit.name}` } };
}

/** `max-image-size`: a size greater than zero, optionally with its measure. */
export function parseSizeLimit(text: string): Parsed<SizeLimit> {
  const { body, measure } = splitMeasure(text.trim());
  const size = parseBytes(body);
  if ('problem' in size) return { problem: `${size.problem}, ${MEASURE_HINT}` };
  if (size.value.bytes === 0) return { problem: 'expected a size greater than 0' };
  return {
    value: {
      bytes: size.value.bytes,
      measure,
      text: `${size.value.text}${measure === 'uncompressed' ? ' uncompressed' : ''}`,
    },
  };
}

const PERCENT = /^(\d{1,6}(?:\.\d{1,4})?)\s?%$/;

/** `max-size-increase`: a percentage (`10%`) or a size (`5MiB`), optionally with its measure. */
export function parseSizeIncrease(text: string): Parsed<SizeIncrease> {
  const { body, measure } = splitMeasure(text.trim());
  const suffix = measure === 'uncompressed' ? ' uncompressed' : '';
  const pct = PERCENT.exec(body);
  if (pct) {
    const percent = Number(pct[1]);
    return { value: { kind: 'percent', percent, measure, text: `${pct[1]}%${suffix}` } };
  }
  const size = parseBytes(body);
  if ('problem' in size)
    return {
      problem: `expected a percentage like 10% or ${SIZE_FORMS.replace(/^a size/, 'an absolute size')}, ${MEASURE_HINT}`,
    };
  return { value: { kind: 'bytes', bytes: size.value.bytes, measure, text: `${size.value.text}${suffix}` } };
}
