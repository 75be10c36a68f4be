import type { ReactNode } from 'react';
import { formatAnswer } from '../../assessment/format';
import { answeredByOf } from '../../assessment/answered-by';
import type { SavedAssessment } from '../../assessment/saved-assessment';
import type { Answers, Step } from '../../assessment/schema';
import { SOURCES } from '../../assessment/sources';
import { visibleQuestions } from '../../assessment/visibility';
import { RESULTS_TEXT } from './results-text';

/** The sources the report quotes, so figures can be checked. */
export function SourcesList() {
  return (
    <section className="app-report-section app-sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{RESULTS_TEXT.sourcesHeading}</h2>
      <ul className="usa-list">
        {SOURCES.map((source) => (
          <li key={source.id}>
            <strong>{source.publisher}</strong>, “{source.title}”{source.kind === 'example' ? ` (${RESULTS_TEXT.exampleSource})` : ''}. {source.note}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every answer as given, step by step (`children`: a table per step); printed on its own pages after the report. */
export function AnswersAppendix({ intro, children }: { intro?: string | undefined; children: ReactNode }) {
  return (
    <section className="app-report-section app-appendix" aria-labelledby="appendix-heading">
      <h2 id="appendix-heading">{RESULTS_TEXT.appendixHeading}</h2>
      {intro ? <p className="app-user-text">{intro}</p> : null}
      {children}
    </section>
  );
}

/** One step's answers as given, in the appendix; `showWho` adds who gave each (when not all one person). */
export function AnswersAppendixStep({ step, answers, answeredBy, showWho }: { step: Step; answers: Answers; answeredBy: SavedAssessment['answeredBy']; showWho: boolean }) {
  return (
    <table className="usa-table usa-table--borderless usa-table--compact app-appendix__table">
      <caption>{step.title}</caption>
      <thead>
        <tr>
          <th scope="col">{RESULTS_TEXT.appendixColumns.question}</th>
          <th scope="col">{RESULTS_TEXT.appendixColumns.answer}</th>
          {showWho ? <th scope="col">{RESULTS_TEXT.appendixColumns.answeredBy}</th> : null}
        </tr>
      </thead>
      <tbody>
        {visibleQuestions(step, answers).map((question) => (
          <tr key={question.id}>
            <th scope="row">{question.label}</th>
            <td className="app-user-text">{formatAnswer(question, answers[question.id])}</td>
            {showWho ? (
              <td className="app-user-text">{answers[question.id] === undefined ? '' : (answeredByOf({ answers, answeredBy }, question.id) ?? RESULTS_TEXT.appendixRespondentUnnamed)}</td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
