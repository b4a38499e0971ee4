// Declares its tests once the browser has started (names carry its version); a launch failure fails the file.
import {enginePorts} from './ports';
import {engineSuite} from './suite';
import {launchWebKit, suitePages} from './webkit';

void engineSuite({
  label: 'WebKitGTK MiniBrowser',
  via: 'webdriverio over WebKitWebDriver, under Xvfb',
  firstPort: enginePorts.webkit,
  suitePages,
  launch: () => launchWebKit(enginePorts.webkit + 2),
});
