import { useState } from 'react';
import { Link } from 'react-router';
import { answersFileFor, serializeAnswers } from '../../assessment/colleague-file';
import { checkAnswer } from '../../assessment/check-answer';
import { fileNameFor } from '../../assessment/file-names';
import { findQuestion, getQuestion } from '../../assessment/question-bank';
import { APP_NAME, PATHS } from '../../assessment/routes';
import type { ColleagueRequest, SavedAssessment } from '../../assessment/saved-assessment';
import { useAssessmentStore, useCurrentAssessment } from '../../state/assessment-store';
import { ErrorSummary } from '../../ui/error-summary';
import { FocusHeading } from '../../ui/focus-heading';
import { downloadText } from '../../ui/download';
import { useDocumentTitle } from '../../ui/use-document-title';
import { COLLEAGUE_TEXT } from './colleague-text';
import { fieldFocusId } from './question-field';
import { QuestionFields } from './question-fields';

type Copy = SavedAssessment & { request: ColleagueRequest };

/** A colleague's short wizard, at /colleague: only the questions a manager sent them. */
export function ColleaguePage() {
  const current = useCurrentAssessment();
  return current?.request ? <ColleagueForm copy={current as Copy} /> : <NothingToAnswer />;
}

function NothingToAnswer() {
  useDocumentTitle(`${COLLEAGUE_TEXT.noneTitle} – ${APP_NAME}`);
  return (
    <div className="grid-container app-narrow">
      <FocusHeading focusKey="colleague-none" className="app-step-heading">
        {COLLEAGUE_TEXT.noneTitle}
      </FocusHeading>
      <p>{COLLEAGUE_TEXT.noneText}</p>
      <Link className="usa-link" to={PATHS.start}>
        {COLLEAGUE_TEXT.startLink}
      </Link>
    </div>
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
  const problems = questions.flatMap((question) => {
    const check = checkAnswer(question, answers[question.id]);
    return check.ok ? [] : [{ questionId: question.id, message: check.message }];
  });
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
        {attempt > 0 ? (
          <ErrorSummary
            heading={COLLEAGUE_TEXT.errorHeading(problems.length)}
            attempt={attempt}
            errors={problems.map((problem) => ({ targetId: fieldFocusId(getQuestion(problem.questionId)), label: getQuestion(problem.questionId).label, message: problem.message }))}
          />
        ) : null}
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
