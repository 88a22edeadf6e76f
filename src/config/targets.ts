/**
 * The `targets` input: several images from one Dockerfile in one run, one line per image, each line a CSV
 * record of `key=value` fields:
 *
 *     name=api,tags=ghcr.io/acme/api:1.2.3,platforms=linux/amd64,linux/arm64
 *     name=worker,"tags=ghcr.io/acme/worker:1.2.3,ghcr.io/acme/worker:latest"
 *
 * `name` is the Dockerfile stage to build (required). `tags`, `platforms` and `images` take several values: in one
 * quoted field, or as the fields after the key that have no `=` of their own (an image reference and a platform
 * never contain one). `images` names the repositories the `tags` input's metadata-action rules tag for this
 * image (src/config/target-tags.ts). Pure.
 */
import { InputError } from '../core/errors.js';
import { parseImageReference } from '../registry/reference.js';
import { csvRecords, CsvListError } from './csv-list.js';
import { parsePlatform } from './reference.js';

export interface ImageTarget {
  /** The Dockerfile stage built for this image, and the image's name in reports. */
  readonly name: string;
  /** Image references; empty: the image is built and checked but has no name to push to. */
  readonly tags: readonly string[];
  /** Empty: the `platforms` input (or the builder's platform). */
  readonly platforms: readonly string[];
  /** Repositories the `tags` input's metadata-action rules tag for this image (`images=ghcr.io/acme/api`). */
  readonly images: readonly string[];
}

const KEYS = ['name', 'tags', 'platforms', 'images'] as const;
type Key = (typeof KEYS)[number];

/** A Dockerfile stage name as BuildKit accepts it after `AS`. */
export const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,127}$/;

const EXAMPLE = 'name=api,tags=ghcr.io/acme/api:1.0,platforms=linux/amd64';

function fail(input: string, line: number, detail: string): never {
  throw new InputError(input, `line ${line}: ${detail} (expected lines like ${EXAMPLE})`);
}

function show(text: string): string {
  const one = JSON.stringify(text).slice(1, -1);
  return one.length > 60 ? `${one.slice(0, 60)}…` : one;
}

/** The values of each key of one record; a field without `=` continues the key before it. */
function fieldsOf(input: string, line: number, record: readonly string[]): Map<Key, string[]> {
  const values = new Map<Key, string[]>();
  let current: Key | undefined;
  for (const raw of record) {
    const field = raw.trim();
    if (field === '') continue;
    const eq = field.indexOf('=');
    if (eq < 0) {
      if (current === undefined || current === 'name')
        fail(input, line, `'${show(field)}' is not key=value (keys: ${KEYS.join(', ')})`);
      values.get(current)?.push(field);
      continue;
    }
    const key = field.slice(0, eq).trim().toLowerCase();
    if (!(KEYS as readonly string[]).includes(key))
      fail(input, line, `unknown key '${show(key)}' (keys: ${KEYS.join(', ')})`);
    current = key as Key;
    if (current === 'name' && values.has('name')) fail(input, line, 'name is given twice');
    const list = values.get(current) ?? [];
    list.push(...field.slice(eq + 1).split(/[,\n]/));
    values.set(current, list);
  }
  return values;
}

/** A repository the tag rules can tag: an image reference without a tag or digest. */
function isRepository(text: string): boolean {
  const last = text.split('/').pop() ?? '';
  return !text.includes('@') && !last.includes(':') && parseImageReference(text) !== undefined;
}

function cleaned(values: readonly string[] | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
}

function targetOf(input: string, line: number, record: readonly string[]): ImageTarget {
  const values = fieldsOf(input, line, record);
  const name = cleaned(values.get('name'))[0] ?? '';
  if (!name) fail(input, line, 'name= (the Dockerfile stage to build) is missing');
  if (!STAGE_NAME.test(name))
    fail(input, line, `name '${show(name)}' is not a stage name (a letter, then letters, digits, _ . -)`);
  const tags = cleaned(values.get('tags'));
  for (const tag of tags) {
    const ref = parseImageReference(tag);
    if (!ref || ref.digest)
      fail(input, line, `'${show(tag)}' is not an image reference like registry/name:tag (no digest)`);
  }
  const platforms = cleaned(values.get('platforms'));
  for (const p of platforms)
    if (!parsePlatform(p)) fail(input, line, `'${show(p)}' is not a platform like linux/arm64`);
  const images = cleaned(values.get('images'));
  for (const image of images)
    if (!isRepository(image))
      fail(
        input,
        line,
        `images: '${show(image)}' is not a repository like ghcr.io/acme/api (no tag or digest)`,
      );
  return Object.freeze({
    name,
    tags: Object.freeze(tags),
    platforms: Object.freeze(platforms),
    images: Object.freeze(images),
  });
}

/** The fields of one line (a CSV record; a quoted field stays on its line). */
function recordOf(input: string, line: number, text: string): string[] {
  try {
    return csvRecords(text)[0] ?? [];
  } catch (e) {
    if (e instanceof CsvListError) fail(input, line, e.message.replace(/^line \d+: /, ''));
    throw e;
  }
}

/** The images of the `targets` input, in order; throws InputError naming the line. Pure. */
export function parseTargets(input: string, raw: string): readonly ImageTarget[] {
  const targets: ImageTarget[] = [];
  const seen = new Map<string, number>();
  raw.split(/\r\n|\r|\n/).forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '' || text.trim().startsWith('#')) return;
    const target = targetOf(input, line, recordOf(input, line, text));
    // BuildKit matches stage names without regard to case.
    const key = target.name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      fail(input, line, `'${show(target.name)}' is already the image of line ${first}`);
    seen.set(key, line);
    targets.push(target);
  });
  return Object.freeze(targets);
}
