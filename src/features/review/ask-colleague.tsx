import { useState } from 'react';
import { Link } from 'react-router';
import { RESPONDENT_ID } from '../../assessment/answered-by';
import { askableQuestions, requestFor, serializeRequest, usuallyKnownBy, type AskableQuestion } from '../../assessment/colleague-file';
import { fileNameFor } from '../../assessment/file-names';
import { KNOWERS, KNOWER_IDS, type Knower } from '../../assessment/known-by';
import { PATHS } from '../../assessment/routes';
import { displayName, type SavedAssessment } from '../../assessment/saved-assessment';
import type { Question, Step } from '../../assessment/schema';
import { ErrorSummary } from '../../ui/error-summary';
import { TextField } from '../../ui/text-field';
import { downloadText } from '../../ui/download';
import { ASK_TEXT } from './ask-colleague-text';

/** The questions by the step that asks them, in the steps' order. */
function stepsOf(items: readonly AskableQuestion[]): { step: Step; questions: Question[] }[] {
  const groups: { step: Step; questions: Question[] }[] = [];
  for (const { step, question } of items) {
    const group = groups.find((candidate) => candidate.step.id === step.id);
    if (group) group.questions.push(question);
    else groups.push({ step, questions: [question] });
  }
  return groups;
}

/** Hands chosen questions to a colleague as a file, and leads to the merge of their answers. */
export function AskColleague({ assessment }: { assessment: SavedAssessment }) {
  const items = askableQuestions(assessment.answers);
  const [knower, setKnower] = useState<Knower>('it-lead');
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(() => usuallyKnownBy(items, 'it-lead'));
  const [attempt, setAttempt] = useState(0);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const nameError = attempt > 0 && name.trim() === '' ? ASK_TEXT.nameMissing : undefined;
  const chosenIds = items.map(({ question }) => question.id).filter((id) => chosen.has(id));
  const questionsError = attempt > 0 && chosenIds.length === 0 ? ASK_TEXT.questionsMissing : undefined;

  function chooseKnower(next: Knower) {
    setKnower(next);
    setChosen(usuallyKnownBy(items, next));
  }

  function toggle(id: string, checked: boolean) {
    setChosen((before) => {
      const after = new Set(before);
      if (checked) after.add(id);
      else after.delete(id);
      return after;
    });
  }

  function download() {
    if (name.trim() === '' || chosenIds.length === 0) {
      setAttempt((count) => count + 1);
      return;
    }
    const when = new Date().toISOString();
    const askedBy = assessment.answers[RESPONDENT_ID];
    const request = requestFor(assessment, name, typeof askedBy === 'string' ? askedBy : '', chosenIds, when);
    const fileName = fileNameFor(`${displayName(assessment)} questions for ${name}`, when, 'json');
    downloadText(serializeRequest(request), fileName, 'application/json');
    setDownloaded(fileName);
  }

  const errors = [
    ...(nameError ? [{ targetId: 'ask-name', label: ASK_TEXT.nameLabel, message: nameError }] : []),
    ...(questionsError ? [{ targetId: `ask-q-${items[0]?.question.id ?? ''}`, label: ASK_TEXT.questionsLegend(0, items.length), message: questionsError }] : []),
  ];

  return (
    <section className="app-narrow app-section" aria-labelledby="ask-heading">
      <h2 id="ask-heading">{ASK_TEXT.heading}</h2>
      <p>{ASK_TEXT.intro}</p>
      {attempt > 0 && errors.length > 0 ? <ErrorSummary heading={ASK_TEXT.errorHeading(errors.length)} attempt={attempt} errors={errors} /> : null}
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="ask-who">
          {ASK_TEXT.whoLabel}
        </label>
        <span className="usa-hint" id="ask-who-hint">
          {ASK_TEXT.whoHint}
        </span>
        <select className="usa-select" id="ask-who" aria-describedby="ask-who-hint" value={knower} onChange={(event) => chooseKnower(event.target.value as Knower)}>
          {KNOWER_IDS.map((id) => (
            <option key={id} value={id}>
              {KNOWERS[id].label}
            </option>
          ))}
        </select>
      </div>
      <TextField id="ask-name" label={ASK_TEXT.nameLabel} hint={ASK_TEXT.nameHint} value={name} error={nameError} maxLength={120} onChange={setName} />
      <fieldset className={`usa-fieldset usa-form-group${questionsError ? ' usa-form-group--error' : ''}`} aria-describedby={questionsError ? 'ask-questions-error' : undefined}>
        <legend className="usa-legend">{ASK_TEXT.questionsLegend(chosenIds.length, items.length)}</legend>
        {questionsError ? (
          <span className="usa-error-message" id="ask-questions-error">
            {questionsError}
          </span>
        ) : null}
        {stepsOf(items).map(({ step, questions }) => (
          // Remounted when the person changes, so the steps with chosen questions open again.
          <AskStep key={`${knower}-${step.id}`} title={step.title} questions={questions} chosen={chosen} onToggle={toggle} />
        ))}
      </fieldset>
      <p className="app-ask-chosen" id="ask-chosen">
        {ASK_TEXT.chosenSummary(chosenIds.length, name.trim())}
      </p>
      <button type="button" className="usa-button" aria-describedby="ask-chosen" onClick={download}>
        {ASK_TEXT.download}
      </button>
      <div role="status" className="app-status app-ask-status">
        {downloaded ? (
          <>
            <p>{ASK_TEXT.downloaded(downloaded, name.trim())}</p>
            <p>{ASK_TEXT.howToSend(window.location.origin)}</p>
          </>
        ) : null}
      </div>
      <p>
        {ASK_TEXT.mergeIntro}{' '}
        <Link className="usa-link" to={PATHS.merge}>
          {ASK_TEXT.mergeLink}
        </Link>
      </p>
    </section>
  );
}

type AskStepProps = { title: string; questions: Question[]; chosen: ReadonlySet<string>; onToggle: (id: string, checked: boolean) => void };

/** One step's questions, folded; open at first when some are chosen, then as the manager leaves it. */
function AskStep({ title, questions, chosen, onToggle }: AskStepProps) {
  const chosenHere = questions.filter((question) => chosen.has(question.id)).length;
  const [open, setOpen] = useState(chosenHere > 0);
  return (
    <details className="app-ask-step" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{ASK_TEXT.stepSummary(title, chosenHere, questions.length)}</summary>
      {questions.map((question) => (
        <div className="usa-checkbox" key={question.id}>
          <input className="usa-checkbox__input" id={`ask-q-${question.id}`} type="checkbox" checked={chosen.has(question.id)} onChange={(event) => onToggle(question.id, event.target.checked)} />
          <label className="usa-checkbox__label" htmlFor={`ask-q-${question.id}`}>
            {question.label}
          </label>
        </div>
      ))}
    </details>
  );
}
