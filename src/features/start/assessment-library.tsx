import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { findQuestion } from '../../assessment/question-bank';
import { PATHS } from '../../assessment/routes';
import { displayName, facilityName, type SavedAssessment } from '../../assessment/saved-assessment';
import { completeness } from '../../assessment/validation';
import { byLastChange, useAssessmentStore } from '../../state/assessment-store';
import { prepareExport } from '../../state/export-file';
import { downloadText } from '../../ui/download';
import { formatWhen } from '../../ui/format-en-us';
import { LIBRARY_TEXT } from './start-text';

const UNDO_MS = 10_000;

/** What an undo of a delete puts back: the assessment, and whether it was the open one. */
type Undo = { assessment: SavedAssessment; wasCurrent: boolean };

type RowProps = {
  assessment: SavedAssessment;
  isCurrent: boolean;
  onOpen: (id: string) => void;
  onMessage: (message: string, undo?: Undo) => void;
};

function AssessmentRow({ assessment, isCurrent, onOpen, onMessage }: RowProps) {
  const { renameAssessment, duplicateAssessment, deleteAssessment } = useAssessmentStore.getState();
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [draft, setDraft] = useState(assessment.name);
  const name = displayName(assessment);
  const inputRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (mode === 'rename') inputRef.current?.focus();
    if (mode === 'delete') confirmRef.current?.focus();
  }, [mode]);

  function exportFile() {
    const { text, fileName, dropped } = prepareExport(assessment);
    downloadText(text, fileName, 'application/json');
    const labels = dropped.map((id) => findQuestion(id)?.label ?? id);
    onMessage(dropped.length > 0 ? `${LIBRARY_TEXT.exported(fileName)} ${LIBRARY_TEXT.leftOut(labels)}` : LIBRARY_TEXT.exported(fileName));
  }

  return (
    <tr>
      <th scope="row" className="app-user-text" data-label={LIBRARY_TEXT.columns.name}>
        {mode === 'rename' ? (
          <form
            className="app-inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              renameAssessment(assessment.id, draft.trim());
              setMode('idle');
              onMessage(LIBRARY_TEXT.renamed(draft.trim() || displayName({ ...assessment, name: '' })));
            }}
          >
            <label className="usa-label" htmlFor={`rename-${assessment.id}`}>
              {LIBRARY_TEXT.renameLabel(name)}
            </label>
            <input ref={inputRef} className="usa-input" id={`rename-${assessment.id}`} value={draft} maxLength={120} onChange={(event) => setDraft(event.target.value)} />
            <div className="app-actions app-actions--tight">
              <button type="submit" className="usa-button">
                {LIBRARY_TEXT.save}
              </button>
              <button type="button" className="usa-button usa-button--unstyled" onClick={() => setMode('idle')}>
                {LIBRARY_TEXT.cancel}
              </button>
            </div>
          </form>
        ) : (
          <>
            {name}
            {isCurrent ? <span className="usa-tag app-tag-current">{LIBRARY_TEXT.current}</span> : null}
          </>
        )}
      </th>
      <td className="app-user-text" data-label={LIBRARY_TEXT.columns.facility}>
        {facilityName(assessment) ?? LIBRARY_TEXT.noFacility}
      </td>
      <td data-label={LIBRARY_TEXT.columns.updated}>{formatWhen(assessment.updatedAt)}</td>
      <td data-label={LIBRARY_TEXT.columns.exported}>{assessment.exportedAt ? formatWhen(assessment.exportedAt) : LIBRARY_TEXT.neverExported}</td>
      <td data-label={LIBRARY_TEXT.columns.complete}>{`${Math.round(completeness(assessment.answers) * 100)}%`}</td>
      <td data-label={LIBRARY_TEXT.columns.actions}>
        {mode === 'delete' ? (
          <div role="group" aria-label={LIBRARY_TEXT.confirmDelete(name)}>
            <p className="app-confirm-text">{LIBRARY_TEXT.confirmDelete(name)}</p>
            <div className="app-actions app-actions--tight">
              <button
                ref={confirmRef}
                type="button"
                className="usa-button usa-button--secondary"
                aria-label={`${LIBRARY_TEXT.confirmDeleteYes}: ${name}`}
                onClick={() => {
                  const removed = deleteAssessment(assessment.id);
                  if (removed) onMessage(LIBRARY_TEXT.deleted(name), { assessment: removed, wasCurrent: isCurrent });
                }}
              >
                {LIBRARY_TEXT.confirmDeleteYes}
              </button>
              <button type="button" className="usa-button usa-button--unstyled" onClick={() => setMode('idle')}>
                {LIBRARY_TEXT.cancel}
              </button>
            </div>
          </div>
        ) : (
          <ul className="app-row-actions">
            {[
              { label: LIBRARY_TEXT.open, action: () => onOpen(assessment.id), primary: true },
              { label: LIBRARY_TEXT.export, action: exportFile },
              {
                label: LIBRARY_TEXT.rename,
                action: () => {
                  setDraft(assessment.name || name);
                  setMode('rename');
                },
              },
              {
                label: LIBRARY_TEXT.duplicate,
                action: () => {
                  const copyName = LIBRARY_TEXT.copyName(name);
                  duplicateAssessment(assessment.id, copyName);
                  onMessage(LIBRARY_TEXT.duplicated(copyName));
                },
              },
              { label: LIBRARY_TEXT.delete, action: () => setMode('delete') },
            ].map((item) => (
              <li key={item.label}>
                <button type="button" className={item.primary ? 'usa-button' : 'usa-button usa-button--unstyled'} onClick={item.action} aria-label={`${item.label}: ${name}`}>
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** The saved assessments with open, export, rename, duplicate and delete (with undo). */
export function AssessmentLibrary({ onOpen }: { onOpen: (id: string) => void }) {
  const assessments = useAssessmentStore((state) => state.assessments);
  const currentId = useAssessmentStore((state) => state.currentId);
  const addAssessment = useAssessmentStore((state) => state.addAssessment);
  const [message, setMessage] = useState<{ text: string; undo?: Undo } | null>(null);

  useEffect(() => {
    if (!message?.undo) return;
    const timer = setTimeout(() => setMessage((current) => (current === message ? null : current)), UNDO_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const list = byLastChange(assessments);
  return (
    <section className="app-section" aria-labelledby="library-heading">
      <h2 id="library-heading">{LIBRARY_TEXT.heading}</h2>
      <p>{LIBRARY_TEXT.intro}</p>
      <div role="status" className="app-status">
        {message ? (
          <p>
            {message.text}{' '}
            {message.undo ? (
              <button
                type="button"
                className="usa-button usa-button--unstyled"
                onClick={() => {
                  if (!message.undo) return;
                  addAssessment(message.undo.assessment, message.undo.wasCurrent);
                  setMessage({ text: LIBRARY_TEXT.restored(displayName(message.undo.assessment)) });
                }}
              >
                {LIBRARY_TEXT.undo}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {list.length > 0 ? (
        <table className="usa-table usa-table--borderless usa-table--stacked app-library">
          <caption className="usa-sr-only">{LIBRARY_TEXT.caption}</caption>
          <thead>
            <tr>
              {Object.values(LIBRARY_TEXT.columns).map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.map((assessment) => (
              <AssessmentRow
                key={assessment.id}
                assessment={assessment}
                isCurrent={assessment.id === currentId}
                onOpen={onOpen}
                onMessage={(text, undo) => setMessage(undo ? { text, undo } : { text })}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {list.length >= 2 ? (
        <div className="app-actions">
          <Link className="usa-button usa-button--outline" to={PATHS.compare}>
            {LIBRARY_TEXT.compare}
          </Link>
        </div>
      ) : null}
    </section>
  );
}
