import { actionItemFor } from '../../assessment/action-plan';
import type { ActionItem } from '../../assessment/saved-assessment';
import type { Gap } from '../../assessment/scoring/gap-report-schema';
import { formatInputDate } from '../../ui/format-en-us';
import { QuestionLinks } from './question-links';
import { RESULTS_TEXT } from './results-text';

type GapTableProps = {
  gaps: Gap[];
  actionPlan: Record<string, ActionItem>;
  onChange: (gapId: string, item: ActionItem) => void;
};

/** The gap table with the action plan: an owner and a target date per gap, typed by the manager. */
export function GapTable({ gaps, actionPlan, onChange }: GapTableProps) {
  if (gaps.length === 0) return <p>{RESULTS_TEXT.noGaps}</p>;
  return (
    <table className="usa-table usa-table--stacked app-gaps">
      <caption className="usa-sr-only">{RESULTS_TEXT.gapsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{RESULTS_TEXT.gapColumns.severity}</th>
          <th scope="col">{RESULTS_TEXT.gapColumns.gap}</th>
          <th scope="col">{RESULTS_TEXT.gapColumns.action}</th>
          <th scope="col">{RESULTS_TEXT.gapColumns.owner}</th>
          <th scope="col">{RESULTS_TEXT.gapColumns.due}</th>
        </tr>
      </thead>
      <tbody>
        {gaps.map((gap) => {
          const item = actionItemFor(actionPlan, gap);
          return (
            <tr key={gap.id} className={`app-gap app-gap--${gap.severity}`}>
              <td data-label={RESULTS_TEXT.gapColumns.severity}>
                <span className={`usa-tag app-severity app-severity--${gap.severity}`}>{RESULTS_TEXT.severity[gap.severity]}</span>
              </td>
              <th scope="row" data-label={RESULTS_TEXT.gapColumns.gap}>
                <span className="app-gap__title">
                  <span className="print-only app-gap__severity" data-word="skip">{`${RESULTS_TEXT.severity[gap.severity]}: `}</span>
                  {gap.title}
                </span>
                <span className="app-gap__why">{gap.explanation}</span>
              </th>
              <td data-label={RESULTS_TEXT.gapColumns.action}>
                {gap.action}
                {/* On paper the suggestion moves to the owner column, where it is not a line of its own. */}
                <span className="app-gap__owner no-print">{RESULTS_TEXT.suggestedOwner(gap.owner)}</span>
                <span className="no-print">
                  <QuestionLinks ids={gap.questionIds.slice(0, 1)} intro={`${RESULTS_TEXT.changeAnswer}:`} max={1} />
                </span>
              </td>
              <td data-label={RESULTS_TEXT.gapColumns.owner}>
                <input
                  className="usa-input app-plan-input no-print"
                  aria-label={RESULTS_TEXT.ownerLabel(gap.title)}
                  value={item.owner}
                  maxLength={120}
                  onChange={(event) => onChange(gap.id, { ...item, owner: event.target.value })}
                />
                <span className="print-only app-user-text">{item.owner.trim() || RESULTS_TEXT.suggestedOwner(gap.owner)}</span>
              </td>
              <td data-label={RESULTS_TEXT.gapColumns.due}>
                <input
                  className="usa-input app-plan-input no-print"
                  type="date"
                  aria-label={RESULTS_TEXT.dueLabel(gap.title)}
                  value={item.due}
                  onChange={(event) => onChange(gap.id, { ...item, due: event.target.value })}
                />
                <span className="print-only">{formatInputDate(item.due)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
