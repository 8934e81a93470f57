/**
 * The countdown of a rehearsal question: minutes and seconds left, then the time over as "+0:12",
 * and once the answer is shown, the time it took. Its own component with its own one-second
 * tick, so the question around it does not render every second.
 */
import { useEffect, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { interviewStrings } from '../i18n/interview-catalog.ts';

/** 95 000 ms → "1:35". */
export function clock(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export interface InterviewTimerProps {
  shownAt: number;
  limitMs: number;
  /** The time the answer took, once it is shown: the clock stops there. */
  stoppedMs: number | null;
}

export function InterviewTimer({ shownAt, limitMs, stoppedMs }: InterviewTimerProps) {
  const t = useT(interviewStrings);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (stoppedMs !== null) return undefined;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [stoppedMs]);
  const spent = stoppedMs ?? Math.max(0, now - shownAt);
  const left = limitMs - spent;
  const over = left < 0;
  return (
    <p className={over ? 'interview-timer interview-timer--over' : 'interview-timer'}>
      <span className="sr-only">{t.interviewTimerLabel}: </span>
      <span role="timer" data-testid="timer">
        {over ? `+${clock(left)}` : clock(left)}
      </span>
      {over && <span className="interview-over"> {t.interviewOverTime}</span>}
      {/* Said once, when the time runs out; the learner may finish the thought. */}
      <span className="sr-only" role="status">
        {over && stoppedMs === null ? t.interviewTimeUp : ''}
      </span>
      {over && stoppedMs === null && (
        <span className="interview-time-up" aria-hidden="true">
          {t.interviewTimeUp}
        </span>
      )}
    </p>
  );
}
