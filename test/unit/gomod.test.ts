import fc from 'fast-check';
import { effectiveRequire, parseGoMod } from '../../src/gomod/gomod.js';

const GOMOD = `module example.com/hello-api

go 1.26.0

toolchain go1.26.8

require fixtures.gcc.test/greeting v1.2.0

require (
	golang.org/x/text v0.20.0 // indirect
	"example.com/quoted" v1.0.0
	example.com/replaced v1.0.0
)

replace example.com/replaced => ../local/replaced

replace (
	golang.org/x/text v0.20.0 => golang.org/x/text v0.21.0
)

exclude example.com/bad v0.0.1
retract v0.1.0 // broken
`;

describe('parseGoMod', () => {
  const mod = parseGoMod(GOMOD);
  it('reads directives with their lines', () => {
    expect(mod.module).toEqual({ value: 'example.com/hello-api', line: 1 });
    expect(mod.go).toEqual({ value: '1.26.0', line: 3 });
    expect(mod.toolchain).toEqual({ value: 'go1.26.8', line: 5 });
    expect(mod.problems).toEqual([]);
  });
  it('reads single-line and block requires, indirect marks and quoted paths', () => {
    expect(mod.requires).toEqual([
      { path: 'fixtures.gcc.test/greeting', version: 'v1.2.0', indirect: false, line: 7 },
      { path: 'golang.org/x/text', version: 'v0.20.0', indirect: true, line: 10 },
      { path: 'example.com/quoted', version: 'v1.0.0', indirect: false, line: 11 },
      { path: 'example.com/replaced', version: 'v1.0.0', indirect: false, line: 12 },
    ]);
  });
  it('applies replacements, version-specific first', () => {
    expect(effectiveRequire(mod, mod.requires[1]!)).toEqual({
      path: 'golang.org/x/text',
      version: 'v0.21.0',
    });
    expect(effectiveRequire(mod, mod.requires[3]!)).toEqual({ path: '../local/replaced' });
    expect(effectiveRequire(mod, mod.requires[0]!)).toEqual({
      path: 'fixtures.gcc.test/greeting',
      version: 'v1.2.0',
    });
  });
  it('reports problems instead of throwing', () => {
    expect(parseGoMod('require (\n a v1\n').problems).toEqual([
      { line: 3, message: 'unterminated require block' },
    ]);
    expect(parseGoMod('go 1.2 1.3').problems[0]?.message).toMatch(/one argument/);
    expect(parseGoMod('\uFEFFmodule x').module?.value).toBe('x');
  });
  it('never throws on arbitrary or mutated text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (s) => void parseGoMod(s)));
    fc.assert(
      fc.property(fc.nat(GOMOD.length), fc.string({ maxLength: 20 }), (at, junk) => {
        parseGoMod(GOMOD.slice(0, at) + junk + GOMOD.slice(at));
      }),
    );
  });
});
