/**
 * Ports of the engine suite, from ENGINES_PORT (default 4300): Firefox's two
 * sites take the first two, WebKit's two sites and WebKitWebDriver the next three.
 * Browsers refuse some ports outright (Firefox: 4190 for ManageSieve, 6000 for
 * X11, 6665-6669 for IRC, ...), so the default stays clear of that list.
 */
const first = Number(process.env.ENGINES_PORT ?? 4300);
export const enginePorts = {firefox: first, webkit: first + 2};
