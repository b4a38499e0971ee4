/**
 * Runs every journey (`journeys.ts`) in one engine, at `/` (build/) and at
 * the sub-path (build-subpath/), with node's test runner. The suite builds
 * nothing: `npm run build` and `npm run build:subpath` come first.
 *
 * One browser session per engine carries the journeys at both bases (each
 * base is its own origin, on its own port); the offline journey gets a fresh
 * session, so its "one online visit" is the only one.
 */
import {mkdirSync} from 'node:fs';
import {after, before, describe, test, type TestContext} from 'node:test';
import {join} from 'node:path';
import type {Driver} from './driver';
import {journeys, offlineJourney, problems, type Journey} from './journeys';
import {canaryPath, SiteServer} from './server';

export const outputDir = join('test-results', 'engines');

export interface EngineSetup {
  /** What the tests call it ("Firefox ESR"). */
  label: string;
  /** How it is driven, for the version line ("puppeteer-core over WebDriver BiDi"). */
  via: string;
  /** First of the ports this engine's run may use (two sites, and a driver). */
  firstPort: number;
  /** Pages of the suite's own that the engine's driver needs served beside the site. */
  suitePages?: Record<string, string>;
  launch(): Promise<Driver>;
}

/** Why the engine cannot run the offline journey here, or undefined if it can. */
async function offlineGapOf(driver: Driver, site: SiteServer): Promise<string | undefined> {
  await driver.goto(`${site.origin}${canaryPath}`);
  const supported = await driver.evaluate(() => isSecureContext && 'serviceWorker' in navigator && 'caches' in window);
  await driver.takeProblems(); // the canary's own violation
  return supported ? undefined : `${driver.version} offers no service worker on ${site.origin}`;
}

class Skipped extends Error {}

async function runJourney(journey: Journey, driver: Driver, site: SiteServer, t: TestContext) {
  // Each journey answers for its own problems: what a failed journey left
  // (a 404 it meant to cause, say) must not fail the next one.
  await problems({driver, site});
  try {
    await journey.run({
      driver,
      site,
      outputDir,
      skip(reason) {
        t.skip(reason);
        throw new Skipped(reason);
      },
    });
  } catch (error) {
    if (!(error instanceof Skipped)) throw error;
  }
}

export async function engineSuite(setup: EngineSetup) {
  mkdirSync(outputDir, {recursive: true});
  const sites = [
    {label: 'at /', site: new SiteServer('build', '/', setup.firstPort, setup.suitePages)},
    {
      label: 'at the sub-path',
      site: new SiteServer('build-subpath', '/dynamic-devops-roadmap/', setup.firstPort + 1, setup.suitePages),
    },
  ];
  try {
    for (const {site} of sites) await site.start();
  } catch (error) {
    await Promise.all(sites.map(({site}) => site.stop()));
    throw new Error(`${String(error)} The suite needs both builds: npm run build && npm run build:subpath.`);
  }
  const stopSites = () => Promise.all(sites.map(({site}) => site.stop()));

  // Launched before the tests are declared, so that their names can carry
  // the version and whether the engine can do each thing.
  let driver: Driver;
  try {
    driver = await setup.launch();
  } catch (error) {
    await stopSites();
    throw error;
  }
  const version = driver.version;
  console.log(`Engine: ${version} (${setup.label}, ${setup.via})`);
  const offlineGap = await offlineGapOf(driver, sites[0].site);

  describe(`${setup.label} (${version})`, () => {
    after(async () => {
      await driver.close().catch(() => undefined);
      await stopSites();
    });

    for (const {label, site} of sites) {
      describe(label, () => {
        for (const journey of journeys) {
          if (journey.rootOnly && site.base !== '/') continue;
          test(journey.name, {timeout: 180_000}, (t) => runJourney(journey, driver, site, t));
        }
      });
    }

    describe('offline, in a fresh session', () => {
      before(async () => {
        if (offlineGap) return;
        // WebKitWebDriver allows one session at a time: end the first.
        await driver.close();
        driver = await setup.launch();
      });
      for (const {label, site} of sites) {
        const name = `${offlineJourney.name} ${label}`;
        if (offlineGap) {
          test(`${name} (skipped: ${offlineGap})`, {skip: offlineGap}, () => undefined);
        } else {
          test(name, {timeout: 180_000}, (t) => runJourney(offlineJourney, driver, site, t));
        }
      }
    });
  });
}
