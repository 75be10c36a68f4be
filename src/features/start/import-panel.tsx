import { useRef, useState, type DragEvent } from 'react';
import { MAX_FILE_BYTES, type ImportResult } from '../../assessment/assessment-file';
import { displayName, newAssessmentId } from '../../assessment/saved-assessment';
import { useAssessmentStore } from '../../state/assessment-store';
import { useStorageStatus } from '../../state/storage-status';
import { Alert } from '../../ui/alert';
import { useAppStarted } from '../../ui/use-app-started';
import { IMPORT_TEXT } from './start-text';

/** `unsaved`: opened, but the browser could not store it (full or blocked storage). */
type Outcome = { fileName: string; result: ImportResult; id?: string; unsaved?: boolean };

async function readFile(file: File): Promise<ImportResult> {
  // Refuse a huge file before reading it into memory.
  if (file.size > MAX_FILE_BYTES) return { ok: false, problems: [IMPORT_TEXT.tooLarge(file.size)] };
  const [{ readAssessmentFile }, bytes] = await Promise.all([import('../../assessment/read-assessment-file'), file.arrayBuffer()]);
  return readAssessmentFile(new Uint8Array(bytes));
}

/** Opens an exported assessment file, by file picker or drag and drop, into the saved list. */
export function ImportPanel({ onOpen }: { onOpen: (id: string) => void }) {
  const addAssessment = useAssessmentStore((state) => state.addAssessment);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // The start page is prerendered: its file field is usable once the app has started, so a file
  // is never chosen before there is code to open it. It keeps its place and size meanwhile.
  const started = useAppStarted();

  async function handleFile(file: File | undefined) {
    if (!file) return;
    let result: ImportResult;
    try {
      result = await readFile(file);
    } catch {
      result = { ok: false, problems: [IMPORT_TEXT.readError] };
    }
    if (result.ok) {
      const id = addAssessment({ ...result.assessment, id: newAssessmentId() });
      const { saveFailed, blocked } = useStorageStatus.getState();
      setOutcome({ fileName: file.name, result, id, unsaved: saveFailed || blocked });
    } else {
      setOutcome({ fileName: file.name, result });
    }
    if (inputRef.current) inputRef.current.value = '';
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void handleFile(event.dataTransfer.files[0]);
  }

  return (
    <section className="app-section" aria-labelledby="import-heading">
      <h2 id="import-heading">{IMPORT_TEXT.heading}</h2>
      <p>{IMPORT_TEXT.intro}</p>
      <div
        className={`app-drop${dragging ? ' app-drop--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="usa-label" htmlFor="import-file">
          {IMPORT_TEXT.label}
        </label>
        <span className="usa-hint" id="import-file-hint">
          {dragging ? IMPORT_TEXT.dropHere : IMPORT_TEXT.hint}
        </span>
        <input
          ref={inputRef}
          className="app-file-input"
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-file-hint"
          disabled={!started}
          onChange={(event) => void handleFile(event.target.files?.[0])}
        />
      </div>
      <div aria-live="polite">
        {outcome?.result.ok ? (
          <Alert
            type={outcome.unsaved ? 'warning' : 'success'}
            heading={outcome.unsaved ? IMPORT_TEXT.importedUnsavedHeading(displayName(outcome.result.assessment)) : IMPORT_TEXT.importedHeading(displayName(outcome.result.assessment))}
            headingLevel="h3"
          >
            {outcome.unsaved ? <p>{IMPORT_TEXT.importedUnsaved}</p> : null}
            {outcome.result.warnings.length > 0 ? (
              <>
                <p>{IMPORT_TEXT.warningsIntro}</p>
                <ul className="usa-list">
                  {outcome.result.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {outcome.id ? (
              <button type="button" className="usa-button usa-button--unstyled" onClick={() => outcome.id && onOpen(outcome.id)}>
                {IMPORT_TEXT.openIt}
              </button>
            ) : null}
          </Alert>
        ) : null}
      </div>
      {outcome && !outcome.result.ok ? (
        <Alert type="error" heading={IMPORT_TEXT.failedHeading(outcome.fileName)} headingLevel="h3" role="alert">
          <p>{IMPORT_TEXT.failedIntro}</p>
          <ul className="usa-list">
            {outcome.result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </section>
  );
}
