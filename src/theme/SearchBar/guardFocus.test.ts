import {describe, expect, it} from 'vitest';
import {guardFocus, trackGestures} from './guardFocus';

function setup(activeElement: unknown) {
  const calls: unknown[] = [];
  const input = {focus: (options?: unknown) => calls.push(options ?? 'focus')} as unknown as HTMLElement;
  // What the element inherits, as on a real one.
  Object.setPrototypeOf(input, {focus: () => calls.push('prototype')});
  const doc = {body: {} as HTMLElement, activeElement: activeElement as Element | null};
  return {input, doc, calls};
}

describe('guardFocus', () => {
  it('lets focus() through when nothing else has focus', () => {
    for (const active of ['body', null, 'input']) {
      const {input, doc, calls} = setup(null);
      doc.activeElement = active === 'body' ? doc.body : active === 'input' ? input : null;
      guardFocus(input, () => false, doc);
      input.focus();
      expect(calls, String(active)).toEqual(['focus']);
    }
  });

  it('ignores focus() when the reader has moved on to something else', () => {
    const {input, doc, calls} = setup({tagName: 'INPUT', type: 'checkbox'});
    guardFocus(input, () => false, doc);
    input.focus();
    expect(calls).toEqual([]);
  });

  it('lets a shortcut pressed anywhere focus the box', () => {
    const {input, doc, calls} = setup({tagName: 'A'});
    guardFocus(input, () => true, doc);
    input.focus({preventScroll: true});
    expect(calls).toEqual([{preventScroll: true}]);
  });

  it('can be undone', () => {
    const {input, doc, calls} = setup({tagName: 'A'});
    const own = input.focus;
    guardFocus(input, () => false, doc)();
    expect(input.focus).not.toBe(own);
    input.focus();
    expect(calls).toEqual(['prototype']);
  });
});

describe('trackGestures', () => {
  it('is true while a key or pointer press is handled, until the next task', async () => {
    const listeners = new Map<string, () => void>();
    const target = {
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      removeEventListener: (type: string) => listeners.delete(type),
    } as unknown as Window;
    const gestures = trackGestures(target);
    expect([...listeners.keys()]).toEqual(['keydown', 'pointerdown', 'mousedown', 'touchstart']);
    expect(gestures.inGesture()).toBe(false);
    listeners.get('keydown')!();
    expect(gestures.inGesture()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(gestures.inGesture()).toBe(false);
    gestures.stop();
    expect(listeners.size).toBe(0);
  });
});
