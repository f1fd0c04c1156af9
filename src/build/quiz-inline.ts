// The little inline script after a quiz page's question (QuizRoot.astro). It runs before the page
// is painted, so nothing flashes: it hides the server's first question while the trainee's own
// is coming (a stored session or progress, a `?seed=`, a finished session in this history entry;
// on a trainer's page, any link), and until the quiz script takes over it holds back "Periksa"
// and notes the trainee's first touch (src/components/quiz/wake.ts). Written from the same
// constants the quiz uses, and allowed by its hash.
import { createHash } from 'node:crypto';
import { WAKE_EVENTS } from '../components/quiz/wake';
import { FINISHED_KEY, PROGRESS_KEY, savedSessionKey } from '../lib/quiz/storage-keys';
import { TRAINER_PARAMS } from '../lib/quiz/trainer-link';

const js = (value: unknown) => JSON.stringify(value);

/** `r` is the quiz root: the element just before the script. */
const WAKE = `function w(e){if(r.hasAttribute('data-hydrated'))return;if(e.type==='submit'){e.preventDefault();r.setAttribute('data-asked','')}r.setAttribute('data-woken','')}${js(WAKE_EVENTS)}.forEach(function(t){r.addEventListener(t,w,true)});`;
const wrap = (body: string) => `(function(r){${body}${WAKE}})(document.currentScript.previousElementSibling);`;

/**
 * The inline script of a quiz page's root (`latihan`: a trainer's page), and its CSP hash. The
 * page's own frontmatter must allow the hash: by the time a component in the body renders, the
 * page's policy is already written.
 */
export function quizScript(topic: string): { script: string; hash: `sha256-${string}` } {
  const script = topic === 'latihan' ? trainerQuizScript() : topicQuizScript(topic);
  return { script, hash: `sha256-${createHash('sha256').update(script).digest('base64')}` };
}

function topicQuizScript(topic: string): string {
  return wrap(
    `var p=/[?&]seed=/.test(location.search);` +
      `try{p=p||localStorage.getItem(${js(savedSessionKey(topic))})!==null||localStorage.getItem(${js(PROGRESS_KEY)})!==null}catch(e){}` +
      `try{p=p||!!(history.state&&history.state[${js(FINISHED_KEY)}])}catch(e){}` +
      `if(p)r.setAttribute('data-pending','');`,
  );
}

/** On the trainer's page a link's question is drawn in the browser; a bare address explains the page. */
function trainerQuizScript(): string {
  return wrap(
    `if(/(^\\?|&)(${TRAINER_PARAMS.join('|')})(=|&|$)/.test(location.search)){r.setAttribute('data-pending','');document.documentElement.classList.add('kuis-tautan')}`,
  );
}
