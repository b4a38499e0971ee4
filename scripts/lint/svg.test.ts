import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {checkSvg, main, optimizeSvg} from './svg';

const bloated = `<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n  <g>\n    <rect x="0" y="0" width="10" height="10" fill="#ffffff"/>\n  </g>\n</svg>\n`;

describe('lint:svg', () => {
  it('accepts an SVG that svgo cannot shrink further', () => {
    const file = 'src/components/TopicImage/icons/code.svg';
    expect(checkSvg(file, readFileSync(file, 'utf8'))).toBeUndefined();
  });

  it('reports an unoptimized SVG with its path and the command that fixes it', () => {
    expect(checkSvg('static/img/new.svg', bloated)).toEqual({
      file: 'static/img/new.svg',
      message: expect.stringMatching(/^not optimized \(svgo saves \d+ bytes\); run npm run optimize-svgs/),
    });
  });

  describe('in a repository', () => {
    let repo: string;
    const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, encoding: 'utf8'});
    beforeEach(() => {
      repo = mkdtempSync(join(tmpdir(), 'svg-lint-'));
      git('init', '-q');
      writeFileSync(join(repo, 'kept.svg'), `${optimizeSvg('kept.svg', bloated)}\n`);
      writeFileSync(join(repo, 'gone.svg'), `${optimizeSvg('gone.svg', bloated)}\n`);
      git('add', '.');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'svgs');
    });
    afterEach(() => rmSync(repo, {recursive: true, force: true}));

    function run(files: string[] = []) {
      const out: string[] = [];
      const notes: string[] = [];
      const status = main(files, (l) => out.push(l), (l) => notes.push(l), repo);
      return {status, out, notes};
    }

    it('skips a tracked SVG that was deleted, with a note, and checks the rest', () => {
      rmSync(join(repo, 'gone.svg'));
      writeFileSync(join(repo, 'kept.svg'), bloated);
      const result = run();
      expect(result.notes).toEqual(['lint:svg: gone.svg is deleted (not yet committed); skipped.']);
      expect(result.out).toEqual([expect.stringMatching(/^kept\.svg:1:1 {2}svg\/optimized {2}not optimized/)]);
      expect(result.status).toBe(1);
    });

    it('says which given file does not exist', () => {
      expect(run(['nope.svg'])).toEqual({
        status: 1,
        out: ['nope.svg:1:1  svg/optimized  no such file; give the path of an SVG in this repository.'],
        notes: [],
      });
    });
  });
});
