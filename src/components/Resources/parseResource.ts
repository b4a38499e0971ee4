/** Splits a resource link's text, "Title - Source", at its last " - ". */
export function splitTitleAndSource(text: string, href: string): {title: string; source: string} {
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf(' - ');
  if (at > 0 && at + 3 < trimmed.length) {
    return {title: trimmed.slice(0, at).trim(), source: trimmed.slice(at + 3).trim()};
  }
  return {title: trimmed, source: hostOf(href)};
}

/** "https://www.atlassian.com/x" -> "atlassian.com": a source for links that name none. */
export function hostOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}
