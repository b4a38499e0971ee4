// Wraps (does not eject) the theme's SiteMetadata so that the 404 page, which
// GitHub Pages serves for every unknown path, is `noindex` and has no
// canonical URL, og:url or hreflang links (the theme's would all name
// `404.html/`, or the unknown path). A wrapper cannot take back tags the
// original adds, so on that page it renders instead the rest of what the
// original says of the site: the Twitter card, the social image and the
// site-wide metadata of docusaurus.config.ts (description, Open Graph).
import React, {type ReactNode} from 'react';
import SiteMetadata from '@theme-original/SiteMetadata';
import Head from '@docusaurus/Head';
import {useLocation} from '@docusaurus/router';
import {PageMetadata, useThemeConfig} from '@docusaurus/theme-common';
import routes from '@generated/routes';
import {isPage} from './isPage';

export default function SiteMetadataWrapper(): ReactNode {
  const {pathname} = useLocation();
  const {metadata, image} = useThemeConfig();
  if (isPage(routes, pathname)) return <SiteMetadata />;
  return (
    <>
      <Head>
        <meta name="robots" content="noindex" />
        <meta name="twitter:card" content="summary_large_image" />
      </Head>
      {image && <PageMetadata image={image} />}
      <Head>
        {metadata.map((metadatum, i) => (
          <meta key={i} {...metadatum} />
        ))}
      </Head>
    </>
  );
}
