import {describe, expect, it} from 'vitest';
import {moduleOf, parseProgress, serializeProgress, storageKey} from './store';

const parsed = (raw: string | null) => [...parseProgress(raw, '6')].sort();

describe('progress store', () => {
  it('keys progress by module number, not by page address', () => {
    expect(storageKey('6')).toBe('progress:module-6');
    expect(moduleOf('6.3')).toBe('6');
    expect(moduleOf('12.10')).toBe('12');
  });

  it('reads the sections stored as done', () => {
    expect(parsed('{"6.1":true,"6.3":true}')).toEqual(['6.1', '6.3']);
    expect(parsed(null)).toEqual([]);
    expect(parsed('')).toEqual([]);
  });

  it.each([
    ['not JSON', '{6.1: true'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"6.1"'],
    ['an array', '["6.1","6.2"]'],
    ['values other than true', '{"6.1":"true","6.2":1,"6.3":{"done":true}}'],
    ["another module's sections", '{"7.1":true,"16.1":true}'],
    ['keys that are no section', '{"__proto__":true,"constructor":true,"6":true,"6.1.2":true,"x6.1":true}'],
  ])('ignores %s', (_, raw) => {
    expect(parsed(raw)).toEqual([]);
  });

  it('keeps the valid entries of a partly tampered object', () => {
    expect(parsed('{"6.1":true,"6.2":false,"bad":true,"6.4":true}')).toEqual(['6.1', '6.4']);
  });

  it('writes a plain object in section order, or nothing when none is done', () => {
    expect(serializeProgress(['6.10', '6.2', '6.1'])).toBe('{"6.1":true,"6.2":true,"6.10":true}');
    expect(serializeProgress([])).toBeNull();
    expect(parsed(serializeProgress(['6.5', '6.1']))).toEqual(['6.1', '6.5']);
  });
});
