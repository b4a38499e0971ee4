'use strict';

/**
 * markdownlint-cli2 output in the same shape as the other content checks:
 *   path:line:column  MD032/blanks-around-lists  What is wrong [detail]; how to fix. See <rule docs>.
 * Configured in .markdownlint-cli2.jsonc ("outputFormatters").
 */
// What to do, for the rules whose description only says what is wrong.
const hints = {
  MD001: 'use the next heading level down (## then ###), without skipping one',
  MD025: 'the front matter title is the page title, so start the page\'s headings at ##',
  MD033: 'use Markdown, or one of our components (Figure, TopicImage, Resources, BeingWritten), instead of HTML',
  MD040: 'name the language after the opening fence, e.g. ```bash',
  MD045: 'add alt text that says what the image shows',
  MD051: 'point the link at a heading id that exists on the page',
};

module.exports = function formatter(options) {
  const {results, logError} = options;
  for (const error of results) {
    const {fileName, lineNumber, ruleNames, ruleDescription, ruleInformation, errorDetail, errorContext, errorRange, fixInfo} = error;
    const column = (errorRange && errorRange[0]) || 1;
    const rule = ruleNames.slice(0, 2).join('/');
    const detail = errorDetail ? ` [${errorDetail}]` : errorContext ? ` [at "${errorContext}"]` : '';
    const fix = hints[ruleNames[0]] ||
      (fixInfo ? 'fix it by hand or with "npx markdownlint-cli2 --fix <file>"' : 'fix it by hand');
    const see = ruleInformation ? ` See ${ruleInformation}` : '';
    logError(`${fileName}:${lineNumber}:${column}  ${rule}  ${ruleDescription}${detail}; ${fix}.${see}`);
  }
  return Promise.resolve();
};
