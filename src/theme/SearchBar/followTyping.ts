/**
 * Keeps what the reader types into a box whose owner may clear it meanwhile:
 * the search plugin, as it mounts, queues a reset of its box to the terms in
 * the address, wiping whatever was typed into the stand-in box or into its
 * own until then. Fed each value the box takes on an input event, `text`
 * is what was typed in all: `initial`, then every character added since,
 * across a reset. (A deletion in that moment is not followed.)
 */
export function followTyping(initial: string) {
  let text = initial;
  let last = '';
  return {
    onValue(value: string) {
      text += value.startsWith(last) ? value.slice(last.length) : value;
      last = value;
    },
    get text() {
      return text;
    },
  };
}
