// Wraps the theme's phone menu (the drawer behind the navbar's toggle) so it
// is built in a deferrable render of its own, not in the one that follows
// hydration.
//
// Why: once hydrated on a phone-sized screen, Docusaurus learns the window's
// size and mounts the drawer (navbar links, the docs sidebar, the color mode
// switch), closed and off screen, in the same synchronous re-render as every
// other "now in the browser" update. On the module page that re-render was
// the longest task after main.js. Here the drawer mounts as a transition,
// which React renders in slices between other tasks, and at once if the
// reader opens it first. It is still in the page before anyone opens it, so
// it slides in as before.
import React, {startTransition, useEffect, useState, type ReactNode} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';

export default function NavbarMobileSidebarWhenIdle(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [mounted, setMounted] = useState(false);
  useEffect(() => startTransition(() => setMounted(true)), []);
  return mounted || shown ? <NavbarMobileSidebar /> : null;
}
