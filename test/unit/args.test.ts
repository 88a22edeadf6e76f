import { parseArgs, UsageError, inputsHelp } from '../../src/cli/args.js';
import { INPUTS } from '../../src/config/inputs.js';

describe('CLI argument parsing', () => {
  it('maps flags to input names, repeats lists, and handles booleans', () => {
    const a = parseArgs(
      [
        '--tags',
        'a:1',
        '--tags=b:2',
        '--push',
        '--no-load',
        '--platforms',
        'linux/amd64',
        'extra',
        '--',
        '--not-a-flag',
      ],
      [{ name: 'verbose', description: '', boolean: true }],
    );
    expect(a.inputs.get('tags')).toBe('a:1\nb:2');
    expect(a.inputs.get('push')).toBe('true');
    expect(a.inputs.get('load')).toBe('false');
    expect(a.positionals).toEqual(['extra', '--not-a-flag']);
  });
  it('rejects unknown, duplicated and valueless options', () => {
    expect(() => parseArgs(['--nope'])).toThrow(UsageError);
    expect(() => parseArgs(['--context', 'a', '--context', 'b'])).toThrow(/given twice/);
    expect(() => parseArgs(['--context'])).toThrow(/needs a value/);
    expect(() => parseArgs(['-x'])).toThrow(/unknown option '-x'/);
  });
  it('lists every input in --help', () => {
    const help = inputsHelp();
    for (const spec of Object.values(INPUTS)) expect(help).toContain(`--${spec.name}`);
    expect(help).not.toContain('${{');
  });
});
