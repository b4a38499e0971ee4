import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import type {PluginOptions as SearchOptions} from '@easyops-cn/docusaurus-search-local';
import remarkModuleProgress from './src/remark/moduleProgress';
import remarkReadingTime from './src/remark/readingTime';
import remarkQuiz from './src/remark/quiz';
import postBuildPlugin, {type PostBuildOptions} from './src/plugins/postBuild';
import {offlineReadingEnabled} from './src/plugins/offline';
import buildCachePerAddress from './src/plugins/buildCachePerAddress';
import noGlobalPrism from './src/plugins/noGlobalPrism';
import compileHints from './src/plugins/compileHints';
import clientTslib from './src/plugins/clientTslib';
import modulePlugin from './src/module/plugin';
import {resolveRepository} from './src/repository';
import {searchShortcut} from './src/theme/SearchBar/shortcut';
import {accessibleTheme} from './src/prism/accessibleTheme';
import {searchWithBoosts} from './src/plugins/searchRanking';
import searchIndexOnDemand from './src/plugins/searchIndexOnDemand';

// The repository the site is built from (GitHub Actions' GITHUB_REPOSITORY,
// else REPOSITORY_URL, else the origin remote: src/repository.ts). "Edit this
// page" links, the navbar and the "being written" notices derive from it.
const repository = resolveRepository();
const repositoryUrl = repository.url;

// `npm run deploy` (docusaurus deploy) pushes the build to the gh-pages branch
// of that repository; ORGANIZATION_NAME, PROJECT_NAME and DEPLOYMENT_BRANCH
// override it (GIT_USER or USE_SSH=true says how to push).
const organizationName = process.env.ORGANIZATION_NAME ?? repository.owner;
const projectName = process.env.PROJECT_NAME ?? repository.name;
const deploymentBranch = process.env.DEPLOYMENT_BRANCH ?? 'gh-pages';

// GitHub Pages serves a user site at `/` and a project site at `/<repo>/`;
// the deploy workflow passes what actions/configure-pages reports. `npm run
// deploy` sets GH_PAGES_DEPLOY=true, which defaults them to that repository's
// own Pages address, https://<owner>.github.io/<repo>/.
const ghPagesDeploy = process.env.GH_PAGES_DEPLOY === 'true';
const userSite = projectName.toLowerCase().endsWith('.github.io');
const siteUrl =
  process.env.SITE_URL ??
  (ghPagesDeploy ? `https://${organizationName.toLowerCase()}.github.io` : 'http://localhost:3000');
const baseUrl = process.env.BASE_URL ?? (ghPagesDeploy && !userSite ? `/${projectName}/` : '/');

const config: Config = {
  title: 'Dynamic DevOps Roadmap: Module 6',
  tagline: 'Optimize - Keep Improving',
  favicon: 'img/favicon.svg',
  // No first frame with half a navbar. On a slow or busy load Chrome may paint
  // while the parser is inside the navbar; the items parsed next then push
  // the right-hand ones aside, a layout shift. Chrome waits to paint until
  // the main wrapper, which follows the navbar, is parsed: a few KB into
  // the page. Other browsers ignore the hint.
  headTags: [
    {tagName: 'link', attributes: {rel: 'expect', href: '#__docusaurus_skipToContent_fallback', blocking: 'render'}},
  ],
  url: siteUrl,
  baseUrl,
  trailingSlash: true,
  organizationName,
  projectName,
  deploymentBranch,

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
          // Module pages get progress checkboxes and their <Quiz />, and every
          // doc a reading time (README, "Reader features").
          remarkPlugins: [remarkModuleProgress, remarkQuiz, remarkReadingTime],
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: 'date', changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],

  // Offline search: the index is built with the site and searched in the
  // browser, in a web worker; no third-party service, works at any base path.
  // Teaching pages (the module) rank above the pages that practice what they
  // teach: a hit for "Cosign" lands in section 6.3 first (issue 13).
  themes: [
    [
      searchWithBoosts([{path: 'foundations/', factor: 3}]),
      {
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: '/',
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        // Also answered by the box that stands in until the plugin's code loads.
        searchBarShortcutKeymap: searchShortcut,
        // Progress controls and reading time are not content to find. A
        // module's subheadings are left out so that a hit in "What you need
        // to know" is listed, and lands, as its section ("6.3 ...").
        ignoreCssSelectors: ['[data-progress]', '.reading-time', 'article [data-in-section]'],
      } satisfies SearchOptions,
    ],
  ],

  clientModules: [
    // The page's chunk scripts are added one task each, after main.js has run
    // rather than inside it.
    './src/clientModules/chunkScriptLoader.ts',
    // Each chunk file prefetched once, and none the page has loaded.
    './src/clientModules/prefetchOnce.ts',
    // The page-change progress bar without an invalid ARIA role.
    './src/clientModules/progressBar.ts',
  ],

  plugins: [
    // The module model (src/module): routes the home page with every
    // module's sections, read from the module's MDX.
    modulePlugin,
    // After the build, in this order (src/plugins/postBuild.ts): robots.txt;
    // a Content-Security-Policy meta with the hashes of each page's inline
    // scripts and /sbom.cdx.json (supply chain, README); the service worker
    // for offline reading (README, "Reader features"), which keeps every page
    // and the search index the search plugin writes meanwhile.
    // OFFLINE_READING=off ships instead a worker that removes itself and this
    // site's caches from readers' browsers.
    [
      postBuildPlugin,
      {
        offline: {enabled: offlineReadingEnabled(), precacheAlso: ['search-index.json']},
      } satisfies PostBuildOptions,
    ],
    buildCachePerAddress,
    noGlobalPrism,
    // V8 compiles our scripts' functions as they download, off the main thread.
    compileHints,
    clientTslib,
    searchIndexOnDemand,
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    // Link previews: made by `npm run social-card` from social-card.svg.
    image: 'img/social-card.png',
    metadata: [
      // Fallbacks for pages without their own (404); a page's description wins.
      {name: 'description', content: 'Module 6 of the Dynamic DevOps Roadmap: retrospectives, performance, supply chain security, environments, operators and continuous deployment.'},
      {property: 'og:description', content: 'Module 6 of the Dynamic DevOps Roadmap: retrospectives, performance, supply chain security, environments, operators and continuous deployment.'},
      {property: 'og:type', content: 'website'},
      {property: 'og:site_name', content: 'Dynamic DevOps Roadmap: Module 6'},
      {property: 'og:image:width', content: '1200'},
      {property: 'og:image:height', content: '630'},
      {property: 'og:image:alt', content: 'Dynamic DevOps Roadmap, Module 6: Optimize - Keep Improving'},
      {name: 'twitter:image:alt', content: 'Dynamic DevOps Roadmap, Module 6: Optimize - Keep Improving'},
    ],
    navbar: {
      title: 'DevOps Roadmap · Module 6',
      // Its size, so the title does not move when the image arrives (CLS 0).
      logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
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
          title: 'Practice',
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
      // Names every kind of change, like LICENSE-CONTENT.md (which says what is under which license).
      copyright: `Module text adapted from the <a href="https://github.com/DevOpsHiveHQ/dynamic-devops-roadmap">Dynamic DevOps Roadmap</a> by DevOps Hive, licensed <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>: converted to MDX, encoding errors and misspellings fixed, images redrawn, a description and status notices added, with progress checkboxes, reading time and a self-check quiz of our own. The pages and images of this site are shared under the same license, its code under MIT (<a href="${repositoryUrl}/blob/main/LICENSE-CONTENT.md">details</a>). This site is not endorsed by DevOps Hive.`,
    },
    // Code blocks: GitHub's and Dracula's colors, each made to reach WCAG AA contrast.
    prism: {theme: accessibleTheme(prismThemes.github), darkTheme: accessibleTheme(prismThemes.dracula)},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
