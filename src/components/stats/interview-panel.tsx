import type { InterviewReadiness } from '../../store/stats-selectors.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { secondary } from '../../i18n/secondary-catalog.ts';
import { interviewMoment } from '../../core/interview-date.ts';
import { InterviewDateField } from '../settings-extra-fields.tsx';
import { PlanToday, countdownText } from './plan-today.tsx';

export interface InterviewPanelProps {
  interview: InterviewReadiness['interview'];
  /** A topic's display name ('' is "no topic"). */
  topicName: (key: string) => string;
}

/**
 * The interview day on the stats screen: the countdown, the plan for the weakest topic and today's
 * share of it, and the date itself, which can be set or changed right here.
 */
export function InterviewPanel({ interview, topicName }: InterviewPanelProps) {
  const t = useT(secondary);
  const lang = useLang();
  const plan = interview?.plan ?? null;
  const at = interview ? interviewMoment(interview.date) : null;
  return (
    <section className="stats-section interview" aria-labelledby="stats-interview">
      <h2 id="stats-interview">{t.interviewTitle}</h2>
      {interview === null ? (
        <p>{t.interviewNoDate}</p>
      ) : (
        <>
          <p className="countdown">{countdownText(t, lang, interview.daysLeft)}</p>
          {at !== null && <p className="hint">{t.interviewOnDate(formatDate(at, lang, 'long'))}</p>}
        </>
      )}
      {plan && (
        <div className="plan">
          <p>
            {plan.reviewsNeeded === 0 ? t.interviewOnTrack : t.interviewPlan(topicName(plan.topic), plan.perDay)}
          </p>
          <p className="hint">{t.interviewWeakest(topicName(plan.topic), plan.recallAt)}</p>
          <PlanToday plan={plan} />
          <p className="hint">{t.interviewPlanModel}</p>
        </div>
      )}
      <div className="settings-form">
        <InterviewDateField />
      </div>
    </section>
  );
}
