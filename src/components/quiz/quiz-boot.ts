// The only script a topic quiz page runs up front: on the trainee's first touch of the question
// (or at once when the question in the HTML is not theirs), it loads the quiz and hands it the page.
import { whenWoken } from './wake';

const root = document.querySelector<HTMLElement>('[data-quiz]');
if (root) {
  void whenWoken(root)
    .then(() => import('./quiz-page'))
    .then((page) => page.startTopicQuiz(root));
}
