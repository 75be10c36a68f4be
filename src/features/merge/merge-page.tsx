import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { MAX_FILE_BYTES } from '../../assessment/assessment-file';
import { RESPONDENT_ID } from '../../assessment/answered-by';
import type { ColleagueFile } from '../../assessment/colleague-file';
import type { ColleagueFileResult } from '../../assessment/colleague-file-reader';
import { answerAgreement, answerDifferences, assessmentFromAnswers, takenAnswers, type Candidate } from '../../assessment/colleague-merge';
import { formatAnswer } from '../../assessment/format';
import { getQuestion } from '../../assessment/question-bank';
import { APP_NAME, PATHS } from '../../assessment/routes';
import { displayName, type SavedAssessment } from '../../assessment/saved-assessment';
import { useAssessmentStore, useCurrentAssessment } from '../../state/assessment-store';
import { Alert } from '../../ui/alert';
import { ChoiceGroup } from '../../ui/choice-group';
import { DeadEndPage } from '../../ui/dead-end-page';
import { FileDrop } from '../../ui/file-drop';
import { FocusHeading } from '../../ui/focus-heading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { MERGE_TEXT } from './merge-text';

/** A file handed over from the start page's import: its name and text. */
export type HandedFile = { name: string; text: string };
type Opened = { fileName: string; file: ColleagueFile; warnings: string[] };
type Refused = { fileName: string; problems: string[] };
type Done = { before: SavedAssessment; count: number } | { undone: true } | { separately: string };

async function readOne(file: File | HandedFile): Promise<ColleagueFileResult> {
  const { readColleagueFile, parseColleagueFile } = await import('../../assessment/colleague-file-reader');
  if (!(file instanceof File)) return parseColleagueFile(file.text);
  if (file.size > MAX_FILE_BYTES) return { ok: false, problems: [MERGE_TEXT.tooLarge(file.size)] };
  return readColleagueFile(new Uint8Array(await file.arrayBuffer()));
}

/** The merge of colleagues' answer files into the open assessment, at /merge. */
export function MergePage() {
  useDocumentTitle(`${MERGE_TEXT.title} – ${APP_NAME}`);
  const current = useCurrentAssessment();
  return current && !current.request ? <MergeForm assessment={current} /> : <NoAssessment />;
}

function NoAssessment() {
  return (
    <DeadEndPage
      focusKey="merge-none"
      title={MERGE_TEXT.noneTitle}
      documentTitle={`${MERGE_TEXT.noneTitle} – ${APP_NAME}`}
      text={MERGE_TEXT.noneText}
      linkLabel={MERGE_TEXT.startLink}
      linkTo={PATHS.start}
    />
  );
}

function MergeForm({ assessment }: { assessment: SavedAssessment }) {
  const takeAnswers = useAssessmentStore((state) => state.takeAnswers);
  const restoreCleared = useAssessmentStore((state) => state.restoreCleared);
  const addAssessment = useAssessmentStore((state) => state.addAssessment);
  const location = useLocation();
  const [opened, setOpened] = useState<Opened[]>([]);
  const [foreign, setForeign] = useState<Opened[]>([]);
  const [refused, setRefused] = useState<Refused[]>([]);
  const [choices, setChoices] = useState<Record<string, Candidate['from']>>({});
  const [done, setDone] = useState<Done | null>(null);

  async function open(files: readonly (File | HandedFile)[]) {
    for (const file of files) {
      let result: ColleagueFileResult;
      try {
        result = await readOne(file);
      } catch {
        result = { ok: false, problems: [MERGE_TEXT.readError] };
      }
      const fileName = file.name;
      if (!result.ok) setRefused((list) => [...list, { fileName, problems: result.problems }]);
      else if (result.file.kind === 'request') setRefused((list) => [...list, { fileName, problems: [MERGE_TEXT.requestRefused] }]);
      else if (result.file.assessmentId !== assessment.id) setForeign((list) => [...list, { fileName, file: result.file, warnings: result.warnings }]);
      else setOpened((list) => [...list, { fileName, file: result.file, warnings: result.warnings }]);
    }
    setDone(null);
  }

  const handed = (location.state as { files?: HandedFile[] } | null)?.files;
  const handedRef = useRef(false);
  useEffect(() => {
    if (handedRef.current || !handed) return;
    handedRef.current = true;
    void open(handed);
    // Once, for the files the start page handed over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const files = opened.map((item) => item.file);
  const respondent = typeof assessment.answers[RESPONDENT_ID] === 'string' ? (assessment.answers[RESPONDENT_ID] as string) : undefined;
  const differences = answerDifferences(assessment, files, respondent);
  const agreement = answerAgreement(assessment, files);
  const taken = takenAnswers(differences, choices);

  function take() {
    const before = takeAnswers(assessment.id, taken);
    if (before) setDone({ before, count: taken.length });
    setOpened([]);
    setChoices({});
  }

  function undo() {
    if (done && 'before' in done) restoreCleared(done.before);
    setDone({ undone: true });
  }

  function openSeparately(item: Opened) {
    addAssessment(assessmentFromAnswers(item.file, new Date().toISOString()));
    setForeign((list) => list.filter((entry) => entry !== item));
    setDone({ separately: item.file.organization || item.fileName });
  }

  return (
    <div className="grid-container">
      <div className="app-narrow">
        <FocusHeading focusKey="merge" className="app-step-heading">
          {MERGE_TEXT.title}
        </FocusHeading>
        <p className="app-lead app-user-text">{MERGE_TEXT.intro(displayName(assessment))}</p>
        <div aria-live="polite">
          {done && 'before' in done ? (
            <Alert type="success" heading={done.count > 0 ? MERGE_TEXT.taken(done.count) : MERGE_TEXT.takenNone} headingLevel="h2">
              <p>{MERGE_TEXT.takenNext}</p>
              <p className="app-actions">
                {done.count > 0 ? (
                  <button type="button" className="usa-button usa-button--outline" onClick={undo}>
                    {MERGE_TEXT.undo}
                  </button>
                ) : null}
                <Link className="usa-button usa-button--outline" to={PATHS.review}>
                  {MERGE_TEXT.toReview}
                </Link>
                <Link className="usa-button" to={PATHS.results}>
                  {MERGE_TEXT.toResults}
                </Link>
              </p>
            </Alert>
          ) : null}
          {done && 'undone' in done ? (
            <Alert type="info" slim>
              {MERGE_TEXT.undone}
            </Alert>
          ) : null}
          {done && 'separately' in done ? (
            <Alert type="info" slim>
              {MERGE_TEXT.openedSeparately(done.separately)}
            </Alert>
          ) : null}
        </div>
        <FileDrop
          id="merge-files"
          label={MERGE_TEXT.fileLabel}
          hint={MERGE_TEXT.fileHint}
          dropHint={MERGE_TEXT.dropHere}
          multiple
          status={opened.length > 0 ? MERGE_TEXT.openedStatus(opened.length) : undefined}
          onFiles={open}
        />
        {refused.map((item, index) => (
          <Alert key={`${item.fileName}-${index}`} type="error" heading={MERGE_TEXT.refusedHeading(item.fileName)} headingLevel="h2" role="alert">
            <p>{MERGE_TEXT.refusedIntro}</p>
            <ul className="usa-list">
              {item.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Alert>
        ))}
        {foreign.map((item) => (
          <Alert key={item.fileName} type="warning" heading={MERGE_TEXT.foreignHeading(item.fileName)} headingLevel="h2">
            <p className="app-user-text">{MERGE_TEXT.foreignText(item.file.organization, item.file.colleague)}</p>
            <p className="app-actions">
              <button
                type="button"
                className="usa-button usa-button--outline"
                onClick={() => {
                  setForeign((list) => list.filter((entry) => entry !== item));
                  setOpened((list) => [...list, item]);
                }}
              >
                {MERGE_TEXT.compareAnyway}
              </button>
              <button type="button" className="usa-button usa-button--outline" onClick={() => openSeparately(item)}>
                {MERGE_TEXT.openSeparately}
              </button>
            </p>
          </Alert>
        ))}
        {opened.length > 0 ? (
          <section className="app-section" aria-labelledby="merge-files-heading">
            <h2 id="merge-files-heading">{MERGE_TEXT.filesHeading}</h2>
            <ul className="usa-list">
              {opened.map((item) => (
                <li key={item.fileName} className="app-user-text">
                  {MERGE_TEXT.fileSummary(item.fileName, item.file.colleague, Object.keys(item.file.answers).length)}
                  {item.warnings.length > 0 ? ` ${MERGE_TEXT.warningsIntro} ${item.warnings.join(' ')}` : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      {opened.length > 0 ? (
        <section className="app-narrow app-section" aria-labelledby="merge-differences-heading">
          <h2 id="merge-differences-heading">{MERGE_TEXT.differencesHeading}</h2>
          {differences.length === 0 ? <p>{MERGE_TEXT.noDifferences}</p> : null}
          {differences.length > 0 ? <p>{MERGE_TEXT.differCount(differences.length, agreement.same)}</p> : null}
          <form
            className="usa-form usa-form--large app-form"
            onSubmit={(event) => {
              event.preventDefault();
              take();
            }}
          >
            {differences.map((difference) => {
              const question = getQuestion(difference.questionId);
              const { yours } = difference;
              const options = [
                {
                  value: 'yours',
                  label: yours ? MERGE_TEXT.yours(formatAnswer(question, yours.value)) : MERGE_TEXT.yoursNone,
                  hint: yours ? (yours.by ? MERGE_TEXT.yoursBy(yours.by) : MERGE_TEXT.yoursByYou) : undefined,
                },
                ...difference.theirs.map((candidate) => ({ value: String(candidate.from), label: MERGE_TEXT.theirs(candidate.by ?? '', formatAnswer(question, candidate.value)) })),
              ];
              const chosen = String(choices[difference.questionId] ?? difference.preselected);
              return (
                <ChoiceGroup
                  key={difference.questionId}
                  id={`merge-${difference.questionId}`}
                  type="radio"
                  legend={question.label}
                  options={options}
                  selected={[chosen]}
                  onToggle={(value) => setChoices((before) => ({ ...before, [difference.questionId]: value === 'yours' ? 'yours' : Number(value) }))}
                />
              );
            })}
            {differences.length > 0 ? (
              <div className="app-actions">
                <button type="submit" className="usa-button">
                  {taken.length > 0 ? MERGE_TEXT.take(taken.length) : MERGE_TEXT.takeNone}
                </button>
              </div>
            ) : null}
          </form>
        </section>
      ) : null}
      <p className="app-narrow app-section">
        <Link className="usa-link" to={PATHS.review}>
          {MERGE_TEXT.backToReview}
        </Link>
      </p>
    </div>
  );
}
