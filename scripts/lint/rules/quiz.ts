import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {quizFileName} from '../../../src/module/conventions';
import {toModuleData} from '../../../src/module/data';
import {parseQuiz, quizSections} from '../../../src/module/quiz';
import {isElement} from '../../../src/module/read';
import {defineRule} from '../rule';

/**
 * The module's self-check quiz, checked by the same function the build uses
 * (src/module/quiz.ts) against the module model's sections. Problems in the
 * quiz are reported at their place in quiz.yml, not on the page.
 */
export const quiz = defineRule({
  id: 'module/quiz',
  scope: 'module',
  description:
    'A module page with `<Quiz />` has a valid `quiz.yml` beside it, and one with a quiz shows it: questions only on written sections, at least 3 for each, 3 to 5 options with at least one right, no repeats, an explanation each (reported at the line in quiz.yml).',
  check({tree, file, model, report}) {
    const quizPath = join(dirname(file.path), quizFileName);
    const elements = tree.children.filter((node) => isElement(node, 'Quiz'));
    if (!existsSync(quizPath)) {
      if (elements.length > 0) {
        report(model.place(elements[0]), `<Quiz /> needs ${quizFileName} beside this page; create it with "questions: []" until sections are written.`);
      }
      return;
    }
    if (elements.length === 0) {
      const after = model.sections.at(-1)?.heading.place ?? model.frontMatter.place;
      report(after, `${quizFileName} is beside this page but the page does not show it; add "## Self-check quiz {#quiz}" with <Quiz /> after the last numbered section.`);
    }
    for (const extra of elements.slice(1)) report(model.place(extra), 'A module page has one <Quiz />; remove this one.');

    const {problems} = parseQuiz(readFileSync(quizPath, 'utf8'), {
      path: quizPath,
      module: String(model.number ?? ''),
      sections: quizSections(toModuleData(model, '').sections),
    });
    for (const problem of problems) {
      const message = file.message(problem.message, {place: {line: problem.line, column: problem.column}});
      // Printed as quiz.yml's problem (content.ts reads `file`).
      message.file = quizPath;
    }
  },
});
