/** The ARG/ENV scope of a stage: every change numbered, so any step can look up what it saw. */
import type { Span } from './text.js';

export type EnvKind = 'arg' | 'env' | 'auto' | 'goenv';

export interface EnvEntry {
  readonly name: string;
  /** The value; undefined when it is set at build time and unknown here (ARG without default, TARGETARCH). */
  readonly value?: string;
  readonly kind: EnvKind;
  /** Where it is set (the name token). */
  readonly span?: Span;
  /** The stage index that set it (-1: global scope). */
  readonly stage: number;
}

/** Variables visible at a point: per name, the entries in the order they were set. */
export class Scope {
  private readonly byName = new Map<string, { seq: number; entry: EnvEntry | null }[]>();
  private seqCounter = 0;

  /** Sets name (null entry: removed), returning the sequence number of this change. */
  set(name: string, entry: EnvEntry | null): number {
    const seq = ++this.seqCounter;
    let list = this.byName.get(name);
    if (!list) {
      list = [];
      this.byName.set(name, list);
    }
    list.push({ seq, entry });
    return seq;
  }

  get seq(): number {
    return this.seqCounter;
  }

  /** The entry in effect at sequence number `at` (default: now). */
  get(name: string, at = this.seqCounter): EnvEntry | undefined {
    const list = this.byName.get(name);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found: EnvEntry | null | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const item = list[mid] as { seq: number; entry: EnvEntry | null };
      if (item.seq <= at) {
        found = item.entry;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found ?? undefined;
  }

  /** Entries in effect at `at`. */
  entries(at = this.seqCounter): EnvEntry[] {
    const out: EnvEntry[] = [];
    for (const name of this.byName.keys()) {
      const e = this.get(name, at);
      if (e) out.push(e);
    }
    return out;
  }
}
