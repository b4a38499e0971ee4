/**
 * Ports of the engine suite, from ENGINES_PORT (default 4190): Firefox's two
 * sites take the first two, WebKit's two sites and WebKitWebDriver the next three.
 */
const first = Number(process.env.ENGINES_PORT ?? 4190);
export const enginePorts = {firefox: first, webkit: first + 2};
