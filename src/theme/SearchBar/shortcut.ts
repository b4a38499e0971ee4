/**
 * The search box's keyboard shortcut, in the search plugin's keymap syntax
 * ("mod" is Cmd on a Mac, Ctrl elsewhere). The plugin is configured with it
 * (docusaurus.config.ts) and the box that stands in for the plugin's until its
 * code has loaded (./index.tsx) answers to it too.
 */
export const searchShortcut = 'mod+k';
