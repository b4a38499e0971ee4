// The quizzes src/plugins/quiz.ts generates from each module's quiz.yml.
declare module '@quiz-data/*' {
  import type {Quiz} from '@site/src/module/quiz';
  const quiz: Quiz;
  export default quiz;
}
