import {matchPath} from '@docusaurus/router';

export interface SiteRoute {
  path?: string | string[];
  exact?: boolean;
  routes?: SiteRoute[];
}

/**
 * Whether the site has a page at `pathname`. Docusaurus gives every page an
 * exact route; what matches an unknown path is not exact: the catch-all
 * (`*`, the 404 page) or a layout route such as the docs' root, whose own
 * routes then have no match either.
 */
export function isPage(routes: readonly SiteRoute[], pathname: string): boolean {
  return routes.some(
    (route) => matchPath(pathname, route) !== null && (route.exact === true || isPage(route.routes ?? [], pathname)),
  );
}
