/**
 * Scoring, kept apart from the component so it can be tested on its own.
 * A question counts as right only when exactly its right options are chosen:
 * a choose-all question half answered is wrong, and so is choosing too much.
 */
export interface QuizResult {
  correct: number;
  total: number;
}

export interface Scored {
  result: QuizResult;
  /** Per question: answered exactly right. */
  right: boolean[];
}

export function isAnsweredRight(correct: readonly number[], chosen: readonly number[]): boolean {
  const picked = new Set(chosen);
  return picked.size === correct.length && correct.every((option) => picked.has(option));
}

export function scoreQuiz(questions: readonly {correct: readonly number[]}[], chosen: readonly (readonly number[])[]): Scored {
  const right = questions.map((question, i) => isAnsweredRight(question.correct, chosen[i] ?? []));
  return {result: {correct: right.filter(Boolean).length, total: questions.length}, right};
}

/** "6.1 to 6.5" for a run of sections, "6.1, 6.3 and 6.5" otherwise. */
export function listSections(sections: readonly string[], all: readonly string[]): string {
  if (sections.length === 0) return '';
  const at = sections.map((s) => all.indexOf(s));
  const run = at.every((index, i) => index >= 0 && (i === 0 || index === at[i - 1] + 1));
  if (run && sections.length >= 3) return `${sections[0]} to ${sections.at(-1)}`;
  if (sections.length === 1) return sections[0];
  return `${sections.slice(0, -1).join(', ')} and ${sections.at(-1)}`;
}
