import {startTransition, useEffect, useState} from 'react';

/**
 * Ours in place of `@docusaurus/theme-common/lib/hooks/useWindowSize` (see
 * ./index.ts), with the same contract: "ssr" on the server and while
 * hydrating (the page's HTML holds both the phone and desktop variants and CSS
 * shows one), then "mobile" or "desktop". Learning the size after hydration
 * drops the variant not shown (the desktop sidebar and table of contents on a
 * phone): a transition, so React renders it in slices. Later changes, as the
 * reader resizes, apply at once.
 */
export type WindowSize = 'desktop' | 'mobile' | 'ssr';

/** Infima's breakpoint, which the theme's CSS also uses: wider is desktop. */
const desktopBreakpoint = 996;

function currentWindowSize(breakpoint: number): Exclude<WindowSize, 'ssr'> {
  return window.innerWidth > breakpoint ? 'desktop' : 'mobile';
}

export function useWindowSize({desktopBreakpoint: breakpoint = desktopBreakpoint}: {desktopBreakpoint?: number} = {}): WindowSize {
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = () => setWindowSize(currentWindowSize(breakpoint));
    startTransition(update);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [breakpoint]);
  return windowSize;
}
