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
