import fc from 'fast-check';
import { cacheModeNotice, cacheModeOf } from '../../../src/host/cache-mode.js';

describe('ACTIONS_CACHE_MODE', () => {
  it('reads the four modes as @actions/cache does', () => {
    expect(cacheModeOf({ ACTIONS_CACHE_MODE: 'read' })).toEqual({ name: 'read', read: true, write: false });
    expect(cacheModeOf({ ACTIONS_CACHE_MODE: ' Write ' })).toEqual({
      name: 'write',
      read: true,
      write: true,
    });
    expect(cacheModeOf({ ACTIONS_CACHE_MODE: 'write-only' })).toMatchObject({ read: false, write: true });
    expect(cacheModeOf({ ACTIONS_CACHE_MODE: 'none' })).toMatchObject({ read: false, write: false });
    expect(cacheModeOf({})).toMatchObject({ read: true, write: true });
  });
  it('allows everything for any unknown value, and only restricted modes have a notice', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const mode = cacheModeOf({ ACTIONS_CACHE_MODE: raw });
        const known = ['read', 'write', 'write-only', 'none'].includes(raw.trim().toLowerCase());
        if (!known) expect(mode).toMatchObject({ read: true, write: true });
        expect(cacheModeNotice(mode) === undefined).toBe(mode.read && mode.write);
      }),
    );
  });
  it('says what a fork is left without', () => {
    expect(cacheModeNotice(cacheModeOf({ ACTIONS_CACHE_MODE: 'read' }))).toMatch(/restored but never saved/);
  });
});
