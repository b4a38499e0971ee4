// The navbar item types this site uses (docusaurus.config.ts: plain `to` and
// `href` links; the search box is placed by the theme itself). The theme's map
// also imports its dropdown, locale and docs-version items, about 3 KB of gzip
// JavaScript that every page loaded for nothing. This map cannot be wrapped,
// only replaced (the theme marks it safe to eject for this). An item of any
// other type now fails the build with "No NavbarItem component found for
// type ...": add its component here.
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';

const ComponentTypes = {
  default: DefaultNavbarItem,
};

export default ComponentTypes;
