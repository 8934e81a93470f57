import type { StudyPlan } from '../../core/readiness.ts';
import { useT } from '../../i18n/index.ts';
import { secondary } from '../../i18n/secondary-catalog.ts';
import type { SecondaryMessages } from '../../i18n/secondary.ru.ts';
import { formatDaysFromToday } from '../../i18n/format-date.ts';
import type { Lang } from '../../i18n/index.ts';

/** "Interview in 12 days", "…today", or "…has passed". */
export function countdownText(t: SecondaryMessages, lang: Lang, daysLeft: number): string {
  if (daysLeft < 0) return t.interviewPassed;
  if (daysLeft === 0) return t.interviewToday;
  return t.interviewCountdown(formatDaysFromToday(daysLeft, lang));
}

/** Today's share of the plan: a sentence, and a bar that shows the same. */
export function PlanToday({ plan }: { plan: StudyPlan }) {
  const t = useT(secondary);
  if (plan.perDay === 0) return null;
  const share = Math.min(1, plan.doneToday / plan.perDay);
  return (
    <div className="plan-today">
      <p>{share >= 1 ? t.interviewPlanDone : t.interviewTodayShare(plan.doneToday, plan.perDay)}</p>
      <span className="share-bar share-bar--wide" aria-hidden="true">
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
    </div>
  );
}
