/** The errors the pipeline speaks in: a bad input, all bad inputs at once, and any error as one line. */
/** A bad input value: the message names the input and what was expected. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    detail: string,
  ) {
    super(`input '${input}': ${detail}`);
    this.name = 'InputError';
  }
}

/** All input errors at once, so a user fixes every bad input in one go. */
export class ConfigError extends Error {
  constructor(readonly errors: readonly InputError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ConfigError';
  }
}

/** Messages of errors that come from tools and users, without a stack trace. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
