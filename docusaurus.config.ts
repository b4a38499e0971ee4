import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';

// GitHub Pages serves a user site at `/` and a project site at `/<repo>/`;
// the deploy workflow passes what actions/configure-pages reports.
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = process.env.BASE_URL ?? '/';

// The one place that names the repository: "Edit this page" links,
// the navbar and the "being written" notices derive from it.
const repositoryUrl =
  process.env.REPOSITORY_URL ?? 'https://github.com/devops-hive-community/module-6-optimize';

const config: Config = {
  title: 'Dynamic DevOps Roadmap: Module 6',
  tagline: 'Optimize - Keep Improving',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: true,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

  // Rspack, SWC and Lightning CSS (@docusaurus/faster). DOCUSAURUS_FASTER=false
  // falls back to webpack/Babel/Terser, which the benchmark uses to compare.
  // (Its worker-thread renderer needs the v4 postBuild signature, without `head`.)
  future: {
    faster: process.env.DOCUSAURUS_FASTER !== 'false',
    v4: {removeLegacyPostBuildHeadAttribute: true},
  },

  customFields: {repositoryUrl},

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          editUrl: `${repositoryUrl}/edit/main/`,
          showLastUpdateTime: true,
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: 'date', changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'DevOps Roadmap · Module 6',
      logo: {alt: '', src: 'img/logo.svg'},
      items: [
        {to: '/getting-started/', label: 'Getting started', position: 'left'},
        {to: '/foundations/module-06/', label: 'Module 6', position: 'left'},
        {to: '/projects/hivebox/', label: 'HiveBox', position: 'left'},
        {to: '/interview/interview-questions/', label: 'Interview questions', position: 'left'},
        {href: repositoryUrl, label: 'Source', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            {label: 'Getting started', to: '/getting-started/'},
            {label: 'Module 6: Optimize', to: '/foundations/module-06/'},
          ],
        },
        {
          title: 'Practise',
          items: [
            {label: 'HiveBox project', to: '/projects/hivebox/'},
            {label: 'Interview questions', to: '/interview/interview-questions/'},
          ],
        },
        {
          title: 'Source',
          items: [
            {label: 'Site repository', href: repositoryUrl},
            {label: 'Original roadmap', href: 'https://github.com/DevOpsHiveHQ/dynamic-devops-roadmap'},
          ],
        },
      ],
      copyright:
        'Module text adapted from the <a href="https://github.com/DevOpsHiveHQ/dynamic-devops-roadmap">Dynamic DevOps Roadmap</a> by DevOps Hive (converted to MDX, typos fixed), licensed <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>; the adapted text is shared under the same license. This site is not endorsed by DevOps Hive. Site code: MIT.',
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
