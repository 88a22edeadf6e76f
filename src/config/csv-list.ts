/**
 * List inputs the way docker/build-push-action reads them: each line a CSV record, so a value that contains a
 * comma can be written in double quotes (`"a,b"`, `""` for a quote inside). A quote that does not open a field
 * is an ordinary character. With `ignoreComma` a line is one item (its fields joined again with commas, quotes
 * removed); without it every field is an item. With `quote: false` no character is special but the newline.
 * Items are trimmed; empty ones are dropped. Pure.
 */

export interface CsvListOptions {
  /** One item per line (the fields of a line joined again with commas). */
  readonly ignoreComma?: boolean;
  /** Double quotes group a field (default true). */
  readonly quote?: boolean;
}

/** A problem in the text, with the line it is on (1-based). */
export class CsvListError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = 'CsvListError';
  }
}

/** The records (lines) of the text, each a list of fields. Quoted fields may span lines. */
export function csvRecords(text: string, quote = true): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field was quoted (and is closed)
  let line = 1;
  let quoteLine = 1;
  const endField = () => {
    record.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (!(record.length === 1 && record[0]?.trim() === '')) records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        wasQuoted = true;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n') {
      endRecord();
      line++;
      continue;
    }
    if (c === ',') {
      endField();
      continue;
    }
    if (wasQuoted) {
      if (c === ' ' || c === '\t') continue;
      throw new CsvListError(line, 'a quoted value must end at a comma or at the end of the line');
    }
    if (quote && c === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
      continue;
    }
    field += c;
  }
  if (quoted) throw new CsvListError(quoteLine, 'a double quote is never closed');
  endRecord();
  return records;
}

/** The items of a list input. Throws CsvListError on an unclosed quote. */
export function csvList(text: string, opts: CsvListOptions = {}): string[] {
  if (text.trim() === '') return [];
  const items: string[] = [];
  for (const record of csvRecords(text, opts.quote !== false)) {
    if (opts.ignoreComma) items.push(record.join(','));
    else items.push(...record);
  }
  return items.map((item) => item.trim()).filter((item) => item !== '');
}
