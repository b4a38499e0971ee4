/**
 * Stops a search box's own focus() calls from taking keyboard focus away from
 * wherever the reader has moved it. Such a call goes through only when
 * nothing else has focus (the box lost it to a DOM change, as autocomplete.js
 * does when it wraps the input) or during a key or pointer press (a shortcut
 * like Ctrl+K). Returns a function that undoes it.
 */
export function guardFocus(
  input: HTMLElement,
  inGesture: () => boolean,
  doc: Pick<Document, 'activeElement' | 'body'> = document,
): () => void {
  const focus = input.focus;
  input.focus = function guardedFocus(options?: FocusOptions) {
    const active = doc.activeElement;
    if (!active || active === doc.body || active === input || inGesture()) focus.call(input, options);
  };
  return () => {
    // Back to the prototype's focus().
    delete (input as {focus?: unknown}).focus;
  };
}

/** Whether a key or pointer press is being handled right now (until the next task). */
export function trackGestures(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window) {
  let active = false;
  const onGesture = () => {
    active = true;
    setTimeout(() => {
      active = false;
    });
  };
  const types = ['keydown', 'pointerdown', 'mousedown', 'touchstart'] as const;
  for (const type of types) target.addEventListener(type, onGesture, true);
  return {
    inGesture: () => active,
    stop: () => {
      for (const type of types) target.removeEventListener(type, onGesture, true);
    },
  };
}
