// The benchmark's probe, added to every page before the page's own scripts run (Playwright's
// addInitScript). It times what a user sees, through the DOM only (docs/contract.md hooks), so
// the app and the static floor are measured by the very same code and the app needs no bench mode:
//
// - the first card: navigation start → `[data-testid="card-question"]` has text → the next paint;
// - a key press → the next card painted: the keydown's own timestamp (when the browser received it)
//   → the question element replaced or its text changed → the next paint;
// - localStorage writes, and the timer or idle callback each write happened in (a save's full cost);
// - browse search: an `input` event → the results' DOM changes → the next paint, until quiet;
// - layout shifts.
//
// "The next paint" is a requestAnimationFrame callback followed by a posted message: the message runs
// once the frame the rAF belongs to has been produced.
(() => {
  const now = () => performance.now();
  const QUESTION = '[data-testid="card-question"]';
  const bench = {
    firstCard: null,
    armed: false,
    grades: [],
    writes: [],
    saveTasks: [],
    shifts: [],
    search: null,
  };
  Object.defineProperty(window, '__bench', { value: bench });

  const afterPaint = (done) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(now());
      channel.port2.postMessage(null);
    });
  };

  // ---- key press → next card
  let pending = null;
  window.addEventListener(
    'keydown',
    (event) => {
      if (!bench.armed || event.repeat) return;
      bench.armed = false;
      const el = document.querySelector(QUESTION);
      pending = { key: event.key, start: event.timeStamp, el, text: el ? el.textContent : null };
    },
    true,
  );
  const waiters = [];
  const settle = () => {
    for (let i = waiters.length - 1; i >= 0; i -= 1) {
      if (bench.grades.length >= waiters[i].count) {
        waiters[i].resolve(true);
        waiters.splice(i, 1);
      }
    }
  };
  /** Resolves true once `count` key presses have been timed, false after `timeoutMs`. */
  bench.waitForGrades = (count, timeoutMs) =>
    new Promise((resolve) => {
      waiters.push({ count, resolve });
      settle();
      setTimeout(() => resolve(false), timeoutMs);
    });

  // ---- search
  window.addEventListener(
    'input',
    (event) => {
      if (bench.search && bench.search.start === null) bench.search.start = event.timeStamp;
    },
    true,
  );

  new MutationObserver((records) => {
    if (bench.firstCard === null) {
      const el = document.querySelector(QUESTION);
      if (el && el.textContent.trim() !== '') {
        const first = { appear: now(), paint: null };
        bench.firstCard = first;
        afterPaint((t) => {
          first.paint = t;
          // The harness listens for this instead of polling the page: Playwright's waitForFunction
          // would inject its helper script into the page, inside the load being timed.
          console.log('__bench:first-card');
        });
      }
    }
    if (pending !== null) {
      const el = document.querySelector(QUESTION);
      if (el !== pending.el || (el && el.textContent !== pending.text)) {
        const grade = { key: pending.key, start: pending.start, change: now(), paint: null };
        pending = null;
        afterPaint((t) => {
          grade.paint = t;
          bench.grades.push(grade);
          settle();
        });
      }
    }
    const search = bench.search;
    if (search && search.start !== null && records.some((r) => r.type === 'childList' || r.type === 'characterData')) {
      search.lastChange = now();
      afterPaint((t) => {
        search.lastPaint = t;
      });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });

  // ---- storage writes and the task each one ran in
  let task = null;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const start = now();
    try {
      return setItem.call(this, key, value);
    } finally {
      const write = { key: String(key), chars: String(value).length, start, end: now(), inTimer: task !== null };
      bench.writes.push(write);
      if (task) task.keys.add(write.key);
    }
  };
  const wrapTimer = (original, kind) =>
    function (callback, ...rest) {
      if (typeof callback !== 'function') return original.call(this, callback, ...rest);
      const wrapped = function (...args) {
        const outer = task;
        const current = { kind, start: now(), end: 0, keys: new Set() };
        task = current;
        try {
          return callback.apply(this, args);
        } finally {
          task = outer;
          current.end = now();
          if (current.keys.size > 0) bench.saveTasks.push({ kind, start: current.start, end: current.end, keys: [...current.keys] });
        }
      };
      return original.call(this, wrapped, ...rest);
    };
  window.setTimeout = wrapTimer(window.setTimeout, 'timeout');
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback = wrapTimer(window.requestIdleCallback, 'idle');

  // ---- layout shifts
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.shifts.push({ at: e.startTime, value: e.value, input: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No Layout Instability API: no shifts reported.
  }
})();
