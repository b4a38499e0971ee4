// Wraps (does not eject) the docs' page metadata to add schema.org JSON-LD on
// module pages. A wrapper because the data comes from the doc (title, table of
// contents, git date), which only a component inside the doc page can read;
// title, description, canonical URL and Open Graph stay the theme's.
import React, {type ReactNode} from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type {WrapperProps} from '@docusaurus/types';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useThemeConfig} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {moduleJsonLd} from './jsonLd';

type Props = WrapperProps<typeof MetadataType>;

export default function MetadataWrapper(props: Props): ReactNode {
  const {metadata, toc, assets, frontMatter} = useDoc();
  const {siteConfig} = useDocusaurusContext();
  const {image: siteImage} = useThemeConfig();
  const imagePath = assets.image ?? frontMatter.image ?? siteImage;
  const image = useBaseUrl(imagePath ?? '', {absolute: true});
  const jsonLd = moduleJsonLd({
    title: metadata.title,
    description: metadata.description,
    url: siteConfig.url + metadata.permalink,
    headings: toc,
    image: imagePath ? image : undefined,
    lastUpdatedAt: metadata.lastUpdatedAt,
  });
  return (
    <>
      <Metadata {...props} />
      {jsonLd && (
        <Head>
          <script type="application/ld+json">{jsonLd}</script>
        </Head>
      )}
    </>
  );
}
