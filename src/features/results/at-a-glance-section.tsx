import type { AtAGlance } from '../../assessment/at-a-glance';
import { formatInputDate } from '../../ui/format-en-us';
import { AT_A_GLANCE_TEXT } from './at-a-glance-text';
import { QuestionLinks } from './question-links';
import { RESULTS_TEXT } from './results-text';
import { balanceText } from './workload-section';

/** A line that may or may not end with a full stop, as a sentence. */
function asSentence(line: string): string {
  return line.endsWith('.') ? line : `${line}.`;
}

/**
 * The report's first page, which a CEO reads alone: the recommendation, the readiness, the
 * critical risks, the IT time, the actions that matter most, how sure the report is and the
 * decision the meeting has to take. It prints as page one, on its own.
 */
export function AtAGlanceSection({ summary }: { summary: AtAGlance }) {
  const undecided = summary.status === 'undecided';
  const { balance } = summary.itTime;
  return (
    <section className="app-report-section app-glance" aria-labelledby="glance-heading">
      <div className="usa-summary-box app-recommendation">
        <div className="usa-summary-box__body">
          <h2 className="usa-summary-box__heading" id="glance-heading">
            {AT_A_GLANCE_TEXT.heading}
          </h2>
          <dl className="usa-summary-box__text app-glance__list">
            <div>
              <dt>{AT_A_GLANCE_TEXT.recommendation}</dt>
              <dd>
                <p className="app-recommendation__primary">
                  <strong>{undecided ? RESULTS_TEXT.undecidedLabel : RESULTS_TEXT.primaryLabel[summary.primary]}</strong>
                </p>
                <p className="app-recommendation__headline">{summary.headline}</p>
                {summary.statusNote ? <p className="app-recommendation__status">{summary.statusNote}</p> : null}
              </dd>
            </div>
            <div>
              <dt>{AT_A_GLANCE_TEXT.readiness}</dt>
              <dd>
                {RESULTS_TEXT.level[summary.overall.level]} ({summary.overall.score} of 100){summary.overall.cappedBy ? `, ${RESULTS_TEXT.cappedBy[summary.overall.cappedBy]}` : ''}
              </dd>
            </div>
            <div>
              <dt>{AT_A_GLANCE_TEXT.risks}</dt>
              <dd>
                {summary.risks.length > 0 ? (
                  <ul className="usa-list">
                    {summary.risks.map((risk) => (
                      <li key={risk.gapId}>{risk.title}</li>
                    ))}
                  </ul>
                ) : summary.confidence.level === 'low' ? (
                  AT_A_GLANCE_TEXT.noRisksYet
                ) : (
                  AT_A_GLANCE_TEXT.noRisks
                )}
              </dd>
            </div>
            <div>
              <dt>{AT_A_GLANCE_TEXT.itTime}</dt>
              <dd>
                {AT_A_GLANCE_TEXT.itNeeded(summary.itTime.requiredHours, summary.itTime.requiredWeekly, summary.itTime.weeks)} {asSentence(balanceText(balance))}
              </dd>
            </div>
            <div>
              <dt>{AT_A_GLANCE_TEXT.confidence}</dt>
              <dd>
                {summary.confidence.summary}
                {summary.findFirst.length > 0 ? <QuestionLinks ids={summary.findFirst} intro={AT_A_GLANCE_TEXT.findFirst} max={8} /> : null}
              </dd>
            </div>
            <div>
              <dt>{AT_A_GLANCE_TEXT.decision}</dt>
              <dd className="app-glance__decision">{summary.decision.text}</dd>
            </div>
          </dl>
        </div>
      </div>

      <h3>{AT_A_GLANCE_TEXT.actions}</h3>
      {summary.actions.length > 0 ? (
        <>
          <table className="usa-table usa-table--borderless usa-table--compact usa-table--stacked app-glance__actions">
            <caption className="usa-sr-only">{AT_A_GLANCE_TEXT.actionsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{AT_A_GLANCE_TEXT.actionColumns.action}</th>
                <th scope="col">{AT_A_GLANCE_TEXT.actionColumns.owner}</th>
                <th scope="col">{AT_A_GLANCE_TEXT.actionColumns.due}</th>
              </tr>
            </thead>
            <tbody>
              {summary.actions.map((item) => (
                <tr key={item.gapId}>
                  <th scope="row" data-label={AT_A_GLANCE_TEXT.actionColumns.action}>
                    <span className="app-glance__severity">{`${RESULTS_TEXT.severity[item.severity]}: `}</span>
                    {item.action}
                  </th>
                  <td data-label={AT_A_GLANCE_TEXT.actionColumns.owner} className="app-user-text">
                    {item.owner || AT_A_GLANCE_TEXT.noOwner(item.suggestedOwner)}
                  </td>
                  <td data-label={AT_A_GLANCE_TEXT.actionColumns.due}>{item.due ? formatInputDate(item.due) : AT_A_GLANCE_TEXT.noDate}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {summary.otherGaps > 0 ? <p>{AT_A_GLANCE_TEXT.otherGaps(summary.otherGaps)}</p> : null}
        </>
      ) : (
        <p>{AT_A_GLANCE_TEXT.noActions}</p>
      )}
    </section>
  );
}
