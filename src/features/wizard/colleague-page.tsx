import { useState } from 'react';
import { answersFileFor, serializeAnswers } from '../../assessment/colleague-file';
import { fileNameFor } from '../../assessment/file-names';
import { findQuestion } from '../../assessment/question-bank';
import { APP_NAME, PATHS } from '../../assessment/routes';
import type { ColleagueRequest, SavedAssessment } from '../../assessment/saved-assessment';
import { validateQuestions } from '../../assessment/validation';
import { useAssessmentStore, useCurrentAssessment } from '../../state/assessment-store';
import { DeadEndPage } from '../../ui/dead-end-page';
import { ErrorSummary } from '../../ui/error-summary';
import { FocusHeading } from '../../ui/focus-heading';
import { downloadText } from '../../ui/download';
import { useDocumentTitle } from '../../ui/use-document-title';
import { COLLEAGUE_TEXT } from './colleague-text';
import { summaryErrors } from './question-field';
import { QuestionFields } from './question-fields';

type Copy = SavedAssessment & { request: ColleagueRequest };

/** A colleague's short wizard, at /colleague: only the questions a manager sent them. */
export function ColleaguePage() {
  const current = useCurrentAssessment();
  return current?.request ? <ColleagueForm copy={current as Copy} /> : <NothingToAnswer />;
}

function NothingToAnswer() {
  return (
    <DeadEndPage
      focusKey="colleague-none"
      title={COLLEAGUE_TEXT.noneTitle}
      documentTitle={`${COLLEAGUE_TEXT.noneTitle} – ${APP_NAME}`}
      text={COLLEAGUE_TEXT.noneText}
      linkLabel={COLLEAGUE_TEXT.startLink}
      linkTo={PATHS.start}
    />
  );
}

function ColleagueForm({ copy }: { copy: Copy }) {
  const setAnswer = useAssessmentStore((state) => state.setAnswer);
  const [attempt, setAttempt] = useState(0);
  const [downloaded, setDownloaded] = useState<{ fileName: string; answers: typeof copy.answers } | null>(null);
  const { request, answers } = copy;
  const organization = request.organization.trim() || COLLEAGUE_TEXT.unnamedOrganization;
  useDocumentTitle(`${COLLEAGUE_TEXT.title(organization)} – ${APP_NAME}`);
  const questions = request.questionIds.flatMap((id) => {
    const question = findQuestion(id);
    return question ? [question] : [];
  });
  const problems = validateQuestions(questions, answers);
  const errorFor = new Map(attempt > 0 ? problems.map((problem) => [problem.questionId, problem.message]) : []);

  function download() {
    if (problems.length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    const when = new Date().toISOString();
    const fileName = fileNameFor(`${organization} answers from ${request.colleague}`, when, 'json');
    downloadText(serializeAnswers(answersFileFor(copy, when)), fileName, 'application/json');
    setDownloaded({ fileName, answers });
  }

  return (
    <div className="grid-container">
      <div className="app-narrow">
        <FocusHeading focusKey="colleague" className="app-step-heading">
          {COLLEAGUE_TEXT.title(organization)}
        </FocusHeading>
        <p className="app-lead app-user-text">{COLLEAGUE_TEXT.intro(request.askedBy.trim() || COLLEAGUE_TEXT.someone, questions.length, organization)}</p>
        <p className="app-user-text">{COLLEAGUE_TEXT.forYou(request.colleague)}</p>
        {attempt > 0 ? <ErrorSummary heading={COLLEAGUE_TEXT.errorHeading(problems.length)} attempt={attempt} errors={summaryErrors(problems)} /> : null}
        <form
          className="usa-form usa-form--large app-form"
          noValidate
          autoComplete="off"
          onSubmit={(event) => {
            event.preventDefault();
            download();
          }}
        >
          <QuestionFields questions={questions} answers={answers} errorFor={errorFor} onChange={setAnswer} showWhoKnows={false} />
          <p className="usa-hint" id="colleague-download-hint">
            {COLLEAGUE_TEXT.downloadHint}
          </p>
          <div className="app-actions">
            <button type="submit" className="usa-button" aria-describedby="colleague-download-hint">
              {COLLEAGUE_TEXT.download}
            </button>
          </div>
          <p role="status" className="app-status">
            {downloaded === null
              ? null
              : downloaded.answers === answers
                ? COLLEAGUE_TEXT.downloaded(downloaded.fileName, request.askedBy.trim() || COLLEAGUE_TEXT.theManager)
                : COLLEAGUE_TEXT.changedSince}
          </p>
          <p className="usa-hint">{COLLEAGUE_TEXT.savedNote}</p>
        </form>
      </div>
    </div>
  );
}
