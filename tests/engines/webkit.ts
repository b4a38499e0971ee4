import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createInterface} from 'node:readline';
import {Key, remote} from 'webdriverio';
import {callSource, collectProblems, drainProblems, type Driver, type Visit} from './driver';
import {suitePath} from './server';

/** WebKitGTK's MiniBrowser (apt `webkit2gtk-driver` brings it), or MINIBROWSER_PATH. */
export function miniBrowserPath(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const dir of readdirSync('/usr/lib')) {
    const path = `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  throw new Error('MiniBrowser not found: install WebKitGTK with `apt-get install webkit2gtk-driver` (or set MINIBROWSER_PATH).');
}

function needsDisplay() {
  if (!process.env.DISPLAY) {
    throw new Error('WebKitGTK needs an X display and has no headless mode: run under xvfb-run (npm run test:engines does).');
  }
}

/** Ends `child` (with its process group, if it leads one) when this process ends, also when told to stop. */
function endWithUs(child: ChildProcess, group = false) {
  const end = () => {
    try {
      if (group && child.pid) process.kill(-child.pid);
      else child.kill();
    } catch {
      // Already gone.
    }
  };
  const stop = (signal: NodeJS.Signals) => {
    end();
    process.kill(process.pid, signal);
  };
  process.once('exit', end);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  child.once('exit', () => {
    process.off('exit', end);
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  });
  return end;
}

/** The processes of group `groupId` that have not exited (zombies, which a container's PID 1 may never reap, do not count). */
function liveMembers(groupId: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // "pid (comm) state ppid group ...": comm may hold spaces and parentheses.
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === groupId && state !== 'Z') members.push(Number(entry));
  }
  return members;
}

/**
 * Ends the process group `child` leads and returns once none of it is left:
 * MiniBrowser takes a moment over SIGTERM, and the network and web processes
 * it started write into its profile until they exit. Removing the profile
 * before that failed with ENOTEMPTY.
 */
async function endGroup(child: ChildProcess) {
  const groupId = child.pid;
  if (!groupId) return;
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    try {
      process.kill(-groupId, signal);
    } catch {
      return; // no process left in the group
    }
    for (const deadline = Date.now() + 10_000; ; ) {
      if (liveMembers(groupId).length === 0) return;
      if (Date.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`MiniBrowser's processes ${liveMembers(groupId).join(', ')} outlived SIGKILL`);
}

async function untilListening(url: string, child: ChildProcess) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/**
 * WebKitGTK (MiniBrowser) driven by webdriverio over classic WebDriver
 * (WebKitWebDriver; one session at a time, so it is always ended). Classic
 * WebDriver reports no console or network events and has no init scripts:
 * the page records its own errors once loaded (`collectProblems`), the
 * server's log shows failed requests, and `visitEach` loads pages in a
 * separate MiniBrowser that prints every console and CSP message.
 */
export async function launchWebKit(driverPort: number): Promise<Driver> {
  needsDisplay();
  const binary = miniBrowserPath();
  // Its own process group: ending it also ends the MiniBrowser it started.
  const webDriver = spawn('WebKitWebDriver', [`--port=${driverPort}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  const started = new Promise<void>((resolve, reject) => {
    webDriver.once('spawn', resolve);
    webDriver.once('error', (error) =>
      reject(new Error(`WebKitWebDriver could not start (${error.message}): apt-get install webkit2gtk-driver.`)),
    );
  });
  await started;
  const endWebDriver = endWithUs(webDriver, true);
  await untilListening(`http://127.0.0.1:${driverPort}/status`, webDriver);

  const browser = await remote({
    hostname: '127.0.0.1',
    port: driverPort,
    path: '/',
    logLevel: 'silent',
    // A command that fails or hangs fails the journey; webdriverio would retry it.
    connectionRetryCount: 0,
    connectionRetryTimeout: 60_000,
    capabilities: {
      // WebKitWebDriver speaks classic WebDriver only (no BiDi in WebKitGTK 2.50).
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {binary, args: ['--automation']},
    } as WebdriverIO.Capabilities,
  }).catch((error: Error) => {
    endWebDriver();
    throw error;
  });
  const version = `WebKitGTK ${browser.capabilities.browserVersion}`;
  await browser.setWindowSize(1280, 900);

  const reported: string[] = [];
  const evaluate: Driver['evaluate'] = async (fn, ...args) => (await browser.execute(`return ${callSource(fn, args)}`)) as never;
  const takeInPage = () => evaluate(drainProblems).catch(() => [] as string[]);
  const afterLoad = () => evaluate(collectProblems);

  const driver: Driver = {
    engine: 'webkit',
    version,
    async goto(url) {
      reported.push(...(await takeInPage()));
      await browser.url(url);
      await afterLoad();
    },
    async reload() {
      reported.push(...(await takeInPage()));
      await browser.refresh();
      await afterLoad();
    },
    async click(selector) {
      await browser.$(selector).click();
    },
    async press(key) {
      await browser.keys(Key[key]);
    },
    async type(text) {
      await browser.keys(text.split(''));
    },
    evaluate,
    async screenshot(file) {
      await browser.saveScreenshot(file);
    },
    async takeProblems() {
      return [...reported.splice(0), ...(await takeInPage())];
    },
    visitEach: (urls) => tour(binary, urls),
    async close() {
      try {
        await browser.deleteSession();
      } finally {
        // Gone before this returns: the next session's driver takes the same port.
        const exited = webDriver.exitCode === null ? new Promise((resolve) => webDriver.once('exit', resolve)) : undefined;
        endWebDriver();
        await exited;
      }
    },
  };
  return driver;
}

/**
 * The tour page (served beside the site, same origin): loads each page in
 * turn in a frame, waits for it to hydrate and logs what it saw. MiniBrowser
 * prints every console message, CSP report and uncaught error of the frames
 * (to stderr, whatever its option says), from the first byte of each page on.
 */
const tourPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Engine tour</title><link rel="icon" href="data:,"></head>
<body><script>
(async () => {
  const say = (what) => console.log('ENGINES-TOUR ' + JSON.stringify(what));
  for (const url of new URLSearchParams(location.search).getAll('page')) {
    say({start: url});
    const frame = document.createElement('iframe');
    frame.style.width = '1280px';
    frame.style.height = '900px';
    document.body.append(frame);
    await new Promise((resolve) => { frame.onload = resolve; frame.src = url; });
    const deadline = Date.now() + 20000;
    const isHydrated = () => frame.contentDocument.documentElement.dataset.hasHydrated === 'true';
    while (!isHydrated() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const thirdParty = frame.contentWindow.performance.getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => !name.startsWith(location.origin) && !/^(data|blob):/.test(name));
    say({end: url, hydrated: isHydrated(), thirdParty});
    frame.remove();
  }
  say({done: true});
})();
</script></body></html>
`;

export const suitePages = {'tour.html': tourPage};

async function tour(binary: string, urls: string[]): Promise<Visit[]> {
  const origin = new URL(urls[0]).origin;
  const query = urls.map((url) => `page=${encodeURIComponent(new URL(url).pathname)}`).join('&');
  // A profile of its own, thrown away after (MiniBrowser's --private mode
  // would print no console messages).
  const profile = mkdtempSync(join(tmpdir(), 'engines-minibrowser-'));
  // Its own process group, with the WebKit processes it starts: see endGroup.
  const browser = spawn(binary, ['--enable-write-console-messages-to-stdout=true', `${origin}${suitePath}tour.html?${query}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {...process.env, XDG_DATA_HOME: profile, XDG_CACHE_HOME: profile, XDG_CONFIG_HOME: profile},
    detached: true,
  });
  const endBrowser = endWithUs(browser, true);
  const stdout: string[] = [];
  browser.stdout.on('data', (chunk: Buffer) => stdout.push(chunk.toString()));

  const visits: Visit[] = [];
  let current: Visit | undefined;
  // MiniBrowser writes console messages to stderr.
  const lines = createInterface({input: browser.stderr});
  const seen: string[] = [];
  const timer = setTimeout(endBrowser, 30_000 + urls.length * 20_000);
  try {
    for await (const line of lines) {
      seen.push(line);
      const marker = /CONSOLE LOG ENGINES-TOUR (\{.*\})$/.exec(line);
      if (marker) {
        const event = JSON.parse(marker[1]) as {start?: string; end?: string; hydrated?: boolean; thirdParty?: string[]; done?: true};
        if (event.start) current = {url: `${origin}${event.start}`, hydrated: false, problems: []};
        if (event.end && current) {
          current.hydrated = event.hydrated ?? false;
          current.problems.push(...(event.thirdParty ?? []).map((url) => `third-party request: ${url}`));
          visits.push(current);
          current = undefined;
        }
        if (event.done) break;
      } else if (/ CONSOLE (\w+ )?ERROR /.test(line)) {
        // "url:line:col: CONSOLE JS ERROR ...", "CONSOLE SECURITY ERROR Refused to ..."
        (current?.problems ?? (visits.at(-1)?.problems ?? [])).push(line);
      }
    }
  } finally {
    clearTimeout(timer);
    await endGroup(browser);
    rmSync(profile, {recursive: true, force: true});
  }
  if (visits.length !== urls.length) {
    throw new Error(
      `MiniBrowser's tour visited ${visits.length} of ${urls.length} pages. It printed:\n${[...seen, ...stdout].join('\n').slice(-3000)}`,
    );
  }
  return visits;
}
