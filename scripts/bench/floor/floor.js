// The static floor of the benchmark (scripts/bench/run-bench.ts): show a question on load, and the
// next one on any key press. questions.js (written by the benchmark) defines `window.QUESTIONS`.
const questions = window.QUESTIONS;
const heading = document.querySelector('[data-testid="card-question"]');
let index = 0;
heading.textContent = questions[0];
window.addEventListener('keydown', () => {
  index = (index + 1) % questions.length;
  heading.textContent = questions[index];
});
