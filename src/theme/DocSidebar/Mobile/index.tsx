// Replaces the theme's DocSidebar/Mobile (same markup, same behavior) for
// one reason: the theme hands its props to NavbarSecondaryMenuFiller as they
// are, and the filler memoizes them by sorting their keys with
// String#localeCompare. The first localeCompare of a page builds ICU's
// collator, 12-20 ms in one piece on this machine, in the render that follows
// hydration on every phone-sized doc page. Handing the filler one key leaves
// nothing to sort. A wrapper cannot change what the theme passes, so this
// renders the menu itself.
import React, {memo, type ReactNode} from 'react';
import clsx from 'clsx';
import {NavbarSecondaryMenuFiller, ThemeClassNames} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type {Props} from '@theme/DocSidebar/Mobile';

function SidebarMenu({sidebar: {sidebar, path}}: {sidebar: Props}): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar}
        activePath={path}
        // The drawer closes when the reader goes to a page; opening or
        // closing a category without a page of its own leaves it open.
        onItemClick={(item) => {
          if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

function DocSidebarMobile(props: Props): ReactNode {
  return <NavbarSecondaryMenuFiller component={SidebarMenu} props={{sidebar: props}} />;
}

// Memoized, as the theme's is: `props` stays the same object between renders,
// so the filler's memo holds and the menu is not set again.
export default memo(DocSidebarMobile);
