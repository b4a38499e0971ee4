import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useThemeConfig} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {moduleJsonLd, type ModulePart} from './jsonLd';

export interface ModuleJsonLdProps {
  /** The module's sections, `[{name, id}]` as JSON: written by src/remark/moduleProgress.ts from the module model. */
  parts: string;
}

/**
 * schema.org JSON-LD for a module page, in its <head>. Placed on the page by
 * the remark plugin, which knows the sections from the module model; the
 * page's title, URL, image and date come from the doc.
 */
export default function ModuleJsonLd({parts}: ModuleJsonLdProps): ReactNode {
  const {metadata, assets, frontMatter} = useDoc();
  const {siteConfig} = useDocusaurusContext();
  const {image: siteImage} = useThemeConfig();
  const imagePath = assets.image ?? frontMatter.image ?? siteImage;
  const image = useBaseUrl(imagePath ?? '', {absolute: true});
  const json = moduleJsonLd({
    title: metadata.title,
    description: metadata.description,
    url: siteConfig.url + metadata.permalink,
    parts: JSON.parse(parts) as ModulePart[],
    image: imagePath ? image : undefined,
    lastUpdatedAt: metadata.lastUpdatedAt,
  });
  return (
    <Head>
      <script type="application/ld+json">{json}</script>
    </Head>
  );
}
