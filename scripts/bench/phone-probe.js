// The phone bench's probe (scripts/bench/phone-bench.ts), added to every page before the page's own
// scripts run. It times what a user sees through the DOM only, with the contract's hooks and roles,
// so the app and the static floor are measured by the same code and the app needs no bench mode:
//
// - loaded: navigation start (performance.timeOrigin) → the route's main content is in the DOM
//   (`window.__benchReady`, set just before this script: alternatives, each a list of selectors that
//   must all match, optionally with text) → the next paint;
// - reveal: Space's keydown (its own timestamp: when the browser received it) → `card-answer` holds
//   at least the elements the answer's rendered markdown has (`arm('reveal', shape)`) → the next paint;
// - next card: the grade's keydown → the question element replaced or its text changed → the next paint.
//
// "The next paint" is a requestAnimationFrame callback followed by a posted message: the message runs
// once the frame the rAF belongs to has been produced.
(() => {
  const now = () => performance.now();
  const QUESTION = '[data-testid="card-question"]';
  const ANSWER = '[data-testid="card-answer"]';
  const readiness = window.__benchReady ?? null;
  const phone = { ready: null, presses: [], armed: null };
  Object.defineProperty(window, '__phone', { value: phone });

  const afterPaint = (done) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(now());
      channel.port2.postMessage(null);
    });
  };

  const matches = ({ selector, text }) => {
    const el = document.querySelector(selector);
    return el !== null && (!text || el.textContent.trim() !== '');
  };
  const isReady = () => readiness !== null && readiness.some((all) => all.every(matches));

  /** The next key press's effect is timed: 'reveal' (with the answer's shape) or 'grade'. */
  phone.arm = (kind, shape = {}) => {
    phone.armed = { kind, shape };
  };

  const waiters = [];
  const record = (press) => {
    phone.presses.push(press);
    for (let i = waiters.length - 1; i >= 0; i -= 1) {
      if (phone.presses.length >= waiters[i].count) {
        waiters[i].resolve(true);
        waiters.splice(i, 1);
      }
    }
  };
  /** Resolves true once `count` presses are recorded (timed or given up on), false after `timeoutMs`. */
  phone.waitForPresses = (count, timeoutMs) =>
    new Promise((resolve) => {
      if (phone.presses.length >= count) return resolve(true);
      waiters.push({ count, resolve });
      setTimeout(() => resolve(false), timeoutMs);
    });

  let pending = null;
  window.addEventListener(
    'keydown',
    (event) => {
      if (phone.armed === null || event.repeat) return;
      const { kind, shape } = phone.armed;
      phone.armed = null;
      const el = document.querySelector(QUESTION);
      pending = { kind, shape, key: event.key, start: event.timeStamp, el, text: el ? el.textContent : null };
      // A press whose effect never shows is recorded as such, so the harness does not wait for ever.
      const mine = pending;
      setTimeout(() => {
        if (pending !== mine) return;
        pending = null;
        record({ kind, key: mine.key, start: mine.start, change: null, paint: null });
      }, 10_000);
    },
    true,
  );

  const answered = (shape) => {
    const el = document.querySelector(ANSWER);
    return el !== null && Object.entries(shape).every(([tag, count]) => el.querySelectorAll(tag).length >= count);
  };
  const nextCard = (p) => {
    const el = document.querySelector(QUESTION);
    return el !== null && (el !== p.el || el.textContent !== p.text);
  };

  new MutationObserver(() => {
    if (phone.ready === null && isReady()) {
      const ready = { appear: now(), paint: null };
      phone.ready = ready;
      afterPaint((t) => {
        ready.paint = t;
        // The harness listens for this instead of polling the page: Playwright's waitForFunction
        // would inject its helper script into the page, inside the load being timed.
        console.log('__phone:ready');
      });
    }
    if (pending !== null && (pending.kind === 'reveal' ? answered(pending.shape) : nextCard(pending))) {
      const press = { kind: pending.kind, key: pending.key, start: pending.start, change: now(), paint: null };
      pending = null;
      afterPaint((t) => {
        press.paint = t;
        record(press);
      });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();
