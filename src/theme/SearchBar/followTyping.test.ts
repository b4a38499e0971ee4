// cspell:ignore Cosi Cosig (what the box holds part-way through typing "Cosign")
import {describe, expect, it} from 'vitest';
import {followTyping} from './followTyping';

describe('followTyping', () => {
  it('adds what is typed after what was carried over', () => {
    const follow = followTyping('Co');
    follow.onValue('s');
    follow.onValue('si');
    expect(follow.text).toBe('Cosi');
  });

  it('keeps what was typed before the box was cleared', () => {
    const follow = followTyping('C');
    follow.onValue('o'); // typed into the plugin's box ...
    // ... which the plugin then clears; typing goes on from empty.
    follow.onValue('s');
    follow.onValue('si');
    follow.onValue('sig');
    expect(follow.text).toBe('Cosig');
  });

  it('is the carried-over text when nothing more is typed', () => {
    expect(followTyping('SBOM').text).toBe('SBOM');
    expect(followTyping('').text).toBe('');
  });
});
