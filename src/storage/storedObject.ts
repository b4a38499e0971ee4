/**
 * What this browser has stored (reading progress, quiz results) is untrusted:
 * another version of the site, another script or a hand edit may have written
 * it. Anything but a JSON object reads as nothing; each caller then checks the
 * fields it needs.
 */
export function parseStoredObject(raw: string | null): Record<string, unknown> | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  return data as Record<string, unknown>;
}
