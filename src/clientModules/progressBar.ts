/**
 * The theme's page-change progress bar (nprogress, shown when the next page
 * takes over 200 ms to load) without nprogress's own `role="bar"`, which is
 * no ARIA role: axe reports it (aria-roles) on any page caught mid-change.
 * The bar is decoration, so it gets no role at all. The theme configures the
 * same nprogress; this only replaces its markup, spinner left out as the
 * theme leaves it out.
 */
import nprogress from 'nprogress';

const progressBarTemplate = '<div class="bar"><div class="peg"></div></div>';

// nprogress finds its bar by the role; the template no longer has one.
nprogress.configure({template: progressBarTemplate, barSelector: '.bar'});
