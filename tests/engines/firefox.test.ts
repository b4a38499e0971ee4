// Declares its tests once the browser has started (names carry its version); a launch failure fails the file.
import {launchFirefox} from './firefox';
import {enginePorts} from './ports';
import {engineSuite} from './suite';

void engineSuite({
  label: 'Firefox ESR',
  via: 'puppeteer-core over WebDriver BiDi',
  firstPort: enginePorts.firefox,
  launch: launchFirefox,
});
