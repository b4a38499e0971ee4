import {describe, expect, it} from 'vitest';
import {parseStoredObject} from './storedObject';

describe('parseStoredObject', () => {
  it('reads a JSON object', () => {
    expect(parseStoredObject('{"6.1":true,"last":{"correct":1}}')).toEqual({'6.1': true, last: {correct: 1}});
  });

  it.each([
    ['nothing stored', null],
    ['an empty string', ''],
    ['broken JSON', '{"6.1":'],
    ['an array', '["6.1"]'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"6.1"'],
  ])('reads %s as nothing', (_, raw) => {
    expect(parseStoredObject(raw)).toBeNull();
  });
});
