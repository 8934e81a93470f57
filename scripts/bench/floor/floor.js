// The static floor of the benchmark (scripts/bench/run-bench.ts, scripts/bench/phone-run.ts): the
// least a page can do for each thing the benchmark times. On load it shows a question; Space or
// Enter shows that card's answer, as markup rendered beforehand; any other key shows the next
// question. questions.js (written by the benchmark) defines `window.QUESTIONS`; answers.js, the
// answers' HTML, defines `window.ANSWERS` and loads after the first paint, as the app's answers do.
const questions = window.QUESTIONS;
const main = document.querySelector('main');
const heading = document.querySelector('[data-testid="card-question"]');
let index = 0;
let answer = null;
heading.textContent = questions[0];
window.addEventListener('keydown', (event) => {
  if (event.key === ' ' || event.key === 'Enter') {
    // Space would scroll the page.
    event.preventDefault();
    if (answer !== null || !window.ANSWERS) return;
    answer = document.createElement('div');
    answer.dataset.testid = 'card-answer';
    answer.innerHTML = window.ANSWERS[index % window.ANSWERS.length];
    main.append(answer);
    return;
  }
  index = (index + 1) % questions.length;
  heading.textContent = questions[index];
  if (answer !== null) {
    answer.remove();
    answer = null;
  }
});
requestAnimationFrame(() =>
  setTimeout(() => {
    const script = document.createElement('script');
    script.src = './answers.js';
    document.head.append(script);
  }),
);
// A repeat visit served by a service worker, as the app's is (./sw.js).
window.addEventListener('load', () => {
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('./sw.js').catch(() => undefined);
});
