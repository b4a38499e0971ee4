import type {Root} from 'mdast';
import type {Page} from './page';

/** One thing to fix, at an exact place in a file. */
export interface Problem {
  /** Path relative to the repository, with forward slashes. */
  path: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Stable kebab-case rule name, e.g. `module/front-matter`. */
  rule: string;
  /** What is wrong and what to do about it. */
  message: string;
}

/** A place in the original source: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

/** What every rule sees: the parsed page and a way to report. */
export interface RuleContext {
  path: string;
  source: string;
  tree: Root;
  page: Page;
  /** Topic areas that `<TopicImage area="..."/>` accepts. */
  topicAreas: readonly string[];
  report(place: Place, message: string): void;
}

export interface Rule {
  /** Stable kebab-case name, printed with every problem. */
  name: string;
  /** One line for CONTRIBUTING.md and `--list`. */
  description: string;
  check(context: RuleContext): void;
}
