import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { compareAssessments, type AnswerChange, type Comparison, type ReadinessSide, type RecommendationSide } from '../../assessment/compare';
import { APP_NAME, PATHS } from '../../assessment/routes';
import { displayName, type SavedAssessment } from '../../assessment/saved-assessment';
import { byLastChange, useAssessmentStore } from '../../state/assessment-store';
import { Alert } from '../../ui/alert';
import { FocusHeading } from '../../ui/focus-heading';
import { formatWhen } from '../../ui/format-en-us';
import { useDocumentTitle } from '../../ui/use-document-title';
import { pickPair } from './compare-selection';
import { COMPARE_TEXT } from './compare-text';

function readinessText(side: ReadinessSide): string {
  if (!side.applicable) return COMPARE_TEXT.notNeeded;
  return `${COMPARE_TEXT.level(side.level)}, ${COMPARE_TEXT.score(side.score)}`;
}

/** The overall readiness first (when it changed), then each area that changed. */
function readinessChanges(comparison: Comparison): { key: string; title: string; a: ReadinessSide; b: ReadinessSide }[] {
  return [
    ...(comparison.overall ? [{ key: 'overall', title: COMPARE_TEXT.overall, ...comparison.overall }] : []),
    ...comparison.areas.map((area) => ({ key: area.areaId, title: area.title, a: area.a, b: area.b })),
  ];
}

/** What the comparison found, in one sentence, for the live status line. */
function statusText(pair: { a: string; b: string }, comparison: Comparison | null): string {
  if (pair.a === pair.b) return COMPARE_TEXT.sameChosen;
  if (!comparison) return '';
  if (comparison.identical) return `${COMPARE_TEXT.identicalHeading}. ${COMPARE_TEXT.identicalText}`;
  return COMPARE_TEXT.summary(comparison.answers.length, readinessChanges(comparison).length, comparison.recommendation.changed);
}

/** Changed answers in wizard order, cut into one group per step. */
function groupByStep(changes: readonly AnswerChange[]): { stepId: string; stepTitle: string; changes: AnswerChange[] }[] {
  const groups: { stepId: string; stepTitle: string; changes: AnswerChange[] }[] = [];
  for (const change of changes) {
    const last = groups[groups.length - 1];
    if (last && last.stepId === change.stepId) last.changes.push(change);
    else groups.push({ stepId: change.stepId, stepTitle: change.stepTitle, changes: [change] });
  }
  return groups;
}

type PickerProps = {
  id: string;
  label: string;
  hint: string;
  value: string;
  options: SavedAssessment[];
  onChange: (id: string) => void;
};

function AssessmentPicker({ id, label, hint, value, options, onChange }: PickerProps) {
  return (
    <div className="usa-form-group app-compare-picker">
      <label className="usa-label" htmlFor={id}>
        {label}
      </label>
      <span className="usa-hint" id={`${id}-hint`}>
        {hint}
      </span>
      <select className="usa-select" id={id} value={value} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.value)}>
        {options.map((assessment) => (
          <option key={assessment.id} value={assessment.id}>
            {COMPARE_TEXT.optionLabel(displayName(assessment), formatWhen(assessment.updatedAt))}
          </option>
        ))}
      </select>
    </div>
  );
}

type ResultProps = { comparison: Comparison; baseline: SavedAssessment; other: SavedAssessment };

/** The differences between two assessments: readiness by area, then answers step by step. */
function ComparisonTables({ comparison, baseline, other }: ResultProps) {
  const columnA = COMPARE_TEXT.columnBaseline(displayName(baseline));
  const columnB = COMPARE_TEXT.columnOther(displayName(other));
  const readinessRows = readinessChanges(comparison);

  const approachOf = (side: RecommendationSide) => COMPARE_TEXT.approach[side.approach];

  return (
    <>
      <section className="app-section" aria-labelledby="compare-recommendation-heading">
        <h2 id="compare-recommendation-heading">{COMPARE_TEXT.recommendationHeading}</h2>
        {comparison.recommendation.changed ? <p>{COMPARE_TEXT.recommendationChanged}</p> : <p>{COMPARE_TEXT.recommendationSame(approachOf(comparison.recommendation.a))}</p>}
        {/* The reasons can change under the same approach: the two headlines say how. */}
        {comparison.recommendation.changed || comparison.recommendation.a.headline !== comparison.recommendation.b.headline ? (
          <table className="usa-table usa-table--borderless usa-table--stacked app-compare-table">
            <caption className="usa-sr-only">{COMPARE_TEXT.recommendationCaption}</caption>
            <ColumnsHead first={COMPARE_TEXT.recommendationColumn} columnA={columnA} columnB={columnB} />
            <tbody>
              <tr>
                <th scope="row" data-label={COMPARE_TEXT.recommendationColumn}>
                  {COMPARE_TEXT.recommendationRow}
                </th>
                <td data-label={columnA}>
                  <strong>{approachOf(comparison.recommendation.a)}</strong>. {comparison.recommendation.a.headline}
                </td>
                <td data-label={columnB}>
                  <strong>{approachOf(comparison.recommendation.b)}</strong>. {comparison.recommendation.b.headline}
                </td>
              </tr>
            </tbody>
          </table>
        ) : null}
      </section>

      <section className="app-section" aria-labelledby="compare-areas-heading">
        <h2 id="compare-areas-heading">{COMPARE_TEXT.areasHeading}</h2>
        {readinessRows.length > 0 ? (
          <table className="usa-table usa-table--borderless usa-table--stacked app-compare-table">
            <caption className="usa-sr-only">{COMPARE_TEXT.areasCaption}</caption>
            <ColumnsHead first={COMPARE_TEXT.areaColumn} columnA={columnA} columnB={columnB} />
            <tbody>
              {readinessRows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" data-label={COMPARE_TEXT.areaColumn}>
                    {row.title}
                  </th>
                  <td data-label={columnA}>{readinessText(row.a)}</td>
                  <td data-label={columnB}>{readinessText(row.b)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{COMPARE_TEXT.areasNone}</p>
        )}
      </section>

      <section className="app-section" aria-labelledby="compare-answers-heading">
        <h2 id="compare-answers-heading">{COMPARE_TEXT.answersHeading}</h2>
        {comparison.answers.length > 0 ? (
          <>
            <p>{COMPARE_TEXT.answersIntro}</p>
            {groupByStep(comparison.answers).map((group) => (
              <table key={group.stepId} className="usa-table usa-table--borderless usa-table--stacked app-compare-table">
                <caption>{group.stepTitle}</caption>
                <ColumnsHead first={COMPARE_TEXT.questionColumn} columnA={columnA} columnB={columnB} />
                <tbody>
                  {group.changes.map((change) => (
                    <tr key={change.questionId}>
                      <th scope="row" data-label={COMPARE_TEXT.questionColumn}>
                        {change.label}
                      </th>
                      <td className="app-user-text" data-label={columnA}>
                        {change.a}
                      </td>
                      <td className="app-user-text" data-label={columnB}>
                        {change.b}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </>
        ) : (
          <p>{COMPARE_TEXT.answersNone}</p>
        )}
      </section>
    </>
  );
}

/** Two saved assessments side by side: which answers and which readiness levels differ. */
export function ComparePage() {
  useDocumentTitle(`${COMPARE_TEXT.title} – ${APP_NAME}`);
  const assessments = useAssessmentStore((state) => state.assessments);
  const [params, setParams] = useSearchParams();
  const list = useMemo(() => byLastChange(assessments), [assessments]);
  const pair = pickPair(
    list.map((assessment) => assessment.id),
    params.get('a'),
    params.get('b'),
  );
  const baseline = pair ? assessments[pair.a] : undefined;
  const other = pair ? assessments[pair.b] : undefined;
  const baselineAnswers = baseline?.answers;
  const otherAnswers = other?.answers;
  const comparison = useMemo(() => (baselineAnswers && otherAnswers ? compareAssessments(baselineAnswers, otherAnswers) : null), [baselineAnswers, otherAnswers]);

  function choose(next: { a: string; b: string }) {
    // Replace, not push: each pick is a refinement of one view, and Back should leave the page.
    setParams(next, { replace: true });
  }

  return (
    <div className="grid-container">
      <div className="app-narrow">
        <FocusHeading focusKey="compare">{COMPARE_TEXT.title}</FocusHeading>
        <p className="app-lead">{COMPARE_TEXT.intro}</p>
      </div>
      {pair && baseline && other ? (
        <>
          <form className="app-compare-form no-print" onSubmit={(event) => event.preventDefault()}>
            <fieldset className="usa-fieldset">
              <legend className="usa-sr-only">{COMPARE_TEXT.pickerLegend}</legend>
              <div className="app-compare-pickers">
                <AssessmentPicker id="compare-a" label={COMPARE_TEXT.baselineLabel} hint={COMPARE_TEXT.baselineHint} value={pair.a} options={list} onChange={(id) => choose({ a: id, b: pair.b })} />
                <AssessmentPicker id="compare-b" label={COMPARE_TEXT.otherLabel} hint={COMPARE_TEXT.otherHint} value={pair.b} options={list} onChange={(id) => choose({ a: pair.a, b: id })} />
              </div>
            </fieldset>
          </form>
          {/* One status line that stays in the page, so each new pick is announced. */}
          <p role="status" className="app-compare-status">
            {statusText(pair, comparison)}
          </p>
          {pair.a !== pair.b && comparison && !comparison.identical ? (
            <>
              {/* On paper the pickers are gone: this line says which two are compared. */}
              <p className="print-only-block">{COMPARE_TEXT.comparing(displayName(baseline), displayName(other))}</p>
              <div className="app-actions no-print">
                <button type="button" className="usa-button usa-button--outline" onClick={() => window.print()}>
                  {COMPARE_TEXT.print}
                </button>
              </div>
              <ComparisonTables comparison={comparison} baseline={baseline} other={other} />
            </>
          ) : null}
        </>
      ) : (
        <div className="app-narrow">
          <Alert type="info" heading={COMPARE_TEXT.tooFewHeading}>
            <p>{COMPARE_TEXT.tooFewText}</p>
          </Alert>
          <div className="app-actions">
            <Link className="usa-button usa-button--outline" to={PATHS.start}>
              {COMPARE_TEXT.backToStart}
            </Link>
          </div>
        </div>
      )}
    </div>
  );
}

/** The head of a comparison table: what the rows are, then the two assessments by name. */
function ColumnsHead({ first, columnA, columnB }: { first: string; columnA: string; columnB: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="app-user-text">
          {columnA}
        </th>
        <th scope="col" className="app-user-text">
          {columnB}
        </th>
      </tr>
    </thead>
  );
}
