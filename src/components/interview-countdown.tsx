/**
 * The interview countdown on home: days left and today's share of the plan for the weakest
 * topic, with a link to study its deck. Loaded lazily, only when a date is set.
 */
import { useState } from 'react';
import { useLang, useT } from '../i18n/index.ts';
import { secondary } from '../i18n/secondary-catalog.ts';
import { selectInterviewReadiness } from '../store/stats-selectors.ts';
import { useStore } from '../store/use-store.ts';
import { PlanToday, countdownText } from './stats/plan-today.tsx';
import './stats/stats.css';

export function InterviewCountdown() {
  const t = useT();
  const st = useT(secondary);
  const lang = useLang();
  const [now] = useState(Date.now);
  const interview = useStore((s) => selectInterviewReadiness(s, now).interview);
  const deck = useStore((s) => s.collection.decks.find((d) => d.id === interview?.plan?.deck));
  if (!interview) return null;
  const { plan } = interview;
  const topic = plan?.topic === '' ? st.statsNoTopic : plan?.topic ?? '';

  return (
    <section className="interview-home" aria-labelledby="interview-countdown">
      <h2 id="interview-countdown" className="countdown">
        {countdownText(st, lang, interview.daysLeft)}
      </h2>
      {plan && <p>{plan.reviewsNeeded === 0 ? st.interviewOnTrack : st.interviewPlan(topic, plan.perDay)}</p>}
      {plan && <PlanToday plan={plan} />}
      <p>
        {plan && plan.reviewsNeeded > 0 && deck && (
          <>
            <a href={`#/study/${encodeURIComponent(deck.id)}`}>{t.studyDeck(deck.title)}</a>
            {' · '}
          </>
        )}
        <a href="#/interview">{t.interviewRehearse}</a>
      </p>
    </section>
  );
}
