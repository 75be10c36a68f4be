import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { answersCsv } from '../../assessment/csv';
import { fileNameFor } from '../../assessment/file-names';
import { DONT_KNOW_LABEL, formatAnswer, isDontKnow } from '../../assessment/format';
import { APP_NAME, PATHS, questionPath, stepPath } from '../../assessment/routes';
import { UNTITLED, displayName } from '../../assessment/saved-assessment';
import { questionLinks } from '../../assessment/question-links';
import { validateAll } from '../../assessment/validation';
import { visibleQuestions, visibleSteps } from '../../assessment/visibility';
import { useCurrentAnswers, useCurrentAssessment } from '../../state/assessment-store';
import { Alert } from '../../ui/alert';
import { LinkList } from '../../ui/link-list';
import { downloadText } from '../../ui/download';
import { FocusHeading } from '../../ui/focus-heading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { KNOWERS, KNOWER_IDS, knownBy, type Knower } from '../../assessment/known-by';
import type { Step } from '../../assessment/schema';
import { REVIEW_TEXT } from './review-text';
import { AskColleague } from './ask-colleague';

/** Every answer grouped by step, with a "Change" link to each question. */
export function ReviewPage() {
  useDocumentTitle(`${REVIEW_TEXT.title} – ${APP_NAME}`);
  const answers = useCurrentAnswers();
  const current = useCurrentAssessment();
  const navigate = useNavigate();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [filter, setFilter] = useState<Knower | ''>('');
  const steps = visibleSteps(answers);
  const shownIn = (step: Step) => visibleQuestions(step, answers).filter((question) => filter === '' || knownBy(question, step) === filter);
  const total = steps.reduce((sum, step) => sum + visibleQuestions(step, answers).length, 0);
  const shownCount = steps.reduce((sum, step) => sum + shownIn(step).length, 0);
  const problems = validateAll(answers);
  const missing = new Map(problems.map((problem) => [problem.questionId, problem.message]));
  const dontKnowCount = steps.flatMap((step) => visibleQuestions(step, answers)).filter((question) => isDontKnow(answers[question.id])).length;
  const last = steps[steps.length - 1];

  function downloadCsv() {
    const fileName = fileNameFor(current ? displayName(current) : UNTITLED, new Date().toISOString(), 'csv', 'answers');
    downloadText(answersCsv({ answers }), fileName, 'text/csv;charset=utf-8');
    setDownloaded(fileName);
  }

  return (
    <div className="grid-container">
      <div className="app-narrow">
        <FocusHeading focusKey="review">{REVIEW_TEXT.title}</FocusHeading>
        <p className="app-lead">{REVIEW_TEXT.intro}</p>
        <p>
          {REVIEW_TEXT.askIntro}{' '}
          <a className="usa-link" href="#ask-heading">
            {REVIEW_TEXT.askLink}
          </a>
        </p>
        {problems.length > 0 ? (
          <Alert type="warning" heading={REVIEW_TEXT.missingHeading(problems.length)}>
            <p>{REVIEW_TEXT.missingText}</p>
            <LinkList links={questionLinks(problems.map((problem) => problem.questionId))} />
          </Alert>
        ) : (
          <Alert type="success" heading={REVIEW_TEXT.completeHeading}>
            <p>{REVIEW_TEXT.completeText}</p>
          </Alert>
        )}
        {dontKnowCount > 0 ? <p>{REVIEW_TEXT.dontKnowNote(dontKnowCount)}</p> : null}
        <div className="usa-form-group app-review-filter">
          <label className="usa-label" htmlFor="review-filter">
            {REVIEW_TEXT.filterLabel}
          </label>
          <select className="usa-select" id="review-filter" aria-describedby="review-filter-status" value={filter} onChange={(event) => setFilter(event.target.value as Knower | '')}>
            <option value="">{REVIEW_TEXT.filterAll}</option>
            {KNOWER_IDS.map((knower) => (
              <option key={knower} value={knower}>
                {KNOWERS[knower].label}
              </option>
            ))}
          </select>
          <p className="usa-hint" id="review-filter-status" role="status">
            {filter === '' ? null : shownCount === 0 ? REVIEW_TEXT.filterNone : REVIEW_TEXT.filtered(shownCount, total)}
          </p>
        </div>
      </div>

      {steps
        .filter((step) => shownIn(step).length > 0)
        .map((step) => (
          <section className="app-review-step" key={step.id} aria-labelledby={`review-${step.id}`}>
            <h2 id={`review-${step.id}`}>{step.title}</h2>
            <p className="app-review-step__change">
              <Link className="usa-link" to={stepPath(step.id)} aria-label={`${REVIEW_TEXT.changeStep}: ${step.title}`}>
                {REVIEW_TEXT.changeStep}
              </Link>
            </p>
            <dl className="app-review-list">
              {shownIn(step).map((question) => {
                const value = answers[question.id];
                const isMissing = missing.has(question.id);
                const shown = formatAnswer(question, value);
                const colleague = current?.answeredBy?.[question.id];
                return (
                  <div key={question.id} id={`review-q-${question.id}`}>
                    <dt>
                      {question.label}
                      <span className="app-review-who">{` ${REVIEW_TEXT.knownBy(KNOWERS[knownBy(question, step)].phrase)}`}</span>
                    </dt>
                    <dd className={isMissing ? 'app-missing' : undefined}>
                      {isMissing ? (
                        <>
                          <span className="usa-tag app-tag-missing">{REVIEW_TEXT.missingTag}</span>
                          {value !== undefined ? ` ${shown}: ${missing.get(question.id) ?? ''}` : null}
                        </>
                      ) : isDontKnow(value) ? (
                        <span className="usa-tag app-tag-dont-know">{DONT_KNOW_LABEL}</span>
                      ) : (
                        shown
                      )}
                      {colleague && value !== undefined ? <span className="app-review-who app-user-text">{` ${REVIEW_TEXT.answeredBy(colleague)}`}</span> : null}
                    </dd>
                    <dd>
                      <Link className="usa-link" to={questionPath(step.id, question.id)} aria-label={`${REVIEW_TEXT.change}: ${question.label}`}>
                        {REVIEW_TEXT.change}
                      </Link>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ))}

      <div className="app-actions">
        {last ? (
          <Link className="usa-button usa-button--outline" to={stepPath(last.id)}>
            {REVIEW_TEXT.back}
          </Link>
        ) : null}
        <button type="button" className="usa-button" onClick={() => void navigate(PATHS.results)}>
          {REVIEW_TEXT.toResults}
        </button>
      </div>

      <div className="app-narrow app-section">
        <p className="usa-hint" id="download-csv-hint">
          {REVIEW_TEXT.downloadCsvHint}
        </p>
        <button type="button" className="usa-button usa-button--outline" aria-describedby="download-csv-hint" onClick={downloadCsv}>
          {REVIEW_TEXT.downloadCsv}
        </button>
        <p role="status" className="app-status">
          {downloaded ? REVIEW_TEXT.downloadedCsv(downloaded) : null}
        </p>
      </div>
      {current ? <AskColleague assessment={current} /> : null}
    </div>
  );
}
