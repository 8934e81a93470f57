/**
 * Stats (`#/stats`), loaded lazily: the interview countdown and plan, cards by state, the due
 * forecast, the review heatmap and streak, true retention, and readiness per deck and topic.
 * Everything is computed by memoised selectors (src/store/stats-selectors.ts) from pure core code.
 */
import { useCallback, useState } from 'react';
import { ForecastChart } from '../components/stats/forecast-chart.tsx';
import { InterviewPanel } from '../components/stats/interview-panel.tsx';
import { ReadinessTable } from '../components/stats/readiness-table.tsx';
import { RehearsalHistory } from '../components/stats/rehearsal-history.tsx';
import { RetentionSummary } from '../components/stats/retention-summary.tsx';
import { ReviewHeatmap } from '../components/stats/review-heatmap.tsx';
import { StateBreakdown } from '../components/stats/state-breakdown.tsx';
import '../components/stats/stats.css';
import { useT } from '../i18n/index.ts';
import { secondary } from '../i18n/secondary-catalog.ts';
import { HEATMAP_WEEKS, selectInterviewReadiness, selectStats } from '../store/stats-selectors.ts';
import { useStore } from '../store/use-store.ts';

export function StatsScreen() {
  const t = useT();
  const st = useT(secondary);
  // One moment for the whole screen, so every number on it is about the same "now".
  const [now] = useState(Date.now);
  const stats = useStore((s) => selectStats(s, now));
  const { readiness, interview } = useStore((s) => selectInterviewReadiness(s, now));
  const decks = useStore((s) => s.collection.decks);
  const hour = useStore((s) => s.settings.dayStartHour);
  const rehearsals = useStore((s) => s.interviewHistory);

  const topicName = useCallback((key: string) => (key === '' ? st.statsNoTopic : key), [st]);
  const deckName = (key: string): string => decks.find((d) => d.id === key)?.title ?? key;

  return (
    <section className="stats" aria-labelledby="stats-title">
      <h1 id="stats-title">{t.navStats}</h1>
      <InterviewPanel interview={interview} topicName={topicName} />
      <RehearsalHistory history={rehearsals} />
      {decks.length === 0 ? (
        <p>{st.statsNoCards}</p>
      ) : (
        <>
          <StateBreakdown counts={stats.states} />
          <ForecastChart forecast={stats.forecast} now={now} dayStartHour={hour} />
          <ReviewHeatmap perDay={stats.reviewsPerDay} streak={stats.streak} weeks={HEATMAP_WEEKS} now={now} dayStartHour={hour} />
          <RetentionSummary week={stats.retention7} month={stats.retention30} />
          <section className="stats-section" aria-labelledby="stats-readiness">
            <h2 id="stats-readiness">{st.statsReadinessTitle}</h2>
            <p className="hint">{st.statsReadinessHint}</p>
            <ReadinessTable caption={st.statsByDeck} nameColumn={t.deckColumn} rows={readiness.byDeck} nameOf={(r) => deckName(r.key)} />
            <ReadinessTable caption={st.statsByTopic} nameColumn={st.statsTopicColumn} rows={readiness.byTopic} nameOf={(r) => topicName(r.key)} />
          </section>
        </>
      )}
    </section>
  );
}
