import { useState } from 'react';
import { useNavigate } from 'react-router';
import { MAX_FILE_BYTES, type ImportResult } from '../../assessment/assessment-file';
import type { AnyFileResult } from '../../assessment/colleague-file-reader';
import { PATHS } from '../../assessment/routes';
import { displayName, newAssessmentId } from '../../assessment/saved-assessment';
import { useAssessmentStore } from '../../state/assessment-store';
import { useStorageStatus } from '../../state/storage-status';
import { Alert } from '../../ui/alert';
import { FileDrop } from '../../ui/file-drop';
import { useAppStarted } from '../../ui/use-app-started';
import { IMPORT_TEXT } from './start-text';

/** `unsaved`: opened, but the browser could not store it (full or blocked storage). */
type Outcome = { fileName: string; result: ImportResult; id?: string; unsaved?: boolean };

async function readFile(file: File): Promise<AnyFileResult> {
  // Refuse a huge file before reading it into memory.
  if (file.size > MAX_FILE_BYTES) return { kind: 'assessment', result: { ok: false, problems: [IMPORT_TEXT.tooLarge(file.size)] } };
  const [{ readAnyFile }, bytes] = await Promise.all([import('../../assessment/colleague-file-reader'), file.arrayBuffer()]);
  return readAnyFile(new Uint8Array(bytes));
}

/**
 * Opens a file, by file picker or drag and drop: an exported assessment into the saved list, a
 * colleague's request as their short wizard, a colleague's answers on the merge page.
 */
export function ImportPanel({ onOpen }: { onOpen: (id: string) => void }) {
  const addAssessment = useAssessmentStore((state) => state.addAssessment);
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The start page is prerendered: its file field is usable once the app has started, so a file
  // is never chosen before there is code to open it. It keeps its place and size meanwhile.
  const started = useAppStarted();

  async function handleFile(file: File | undefined) {
    if (!file) return;
    let read: AnyFileResult;
    try {
      read = await readFile(file);
    } catch {
      read = { kind: 'assessment', result: { ok: false, problems: [IMPORT_TEXT.readError] } };
    }
    if (read.kind === 'colleague') {
      await openColleagueFile(file.name, read.result, read.text);
      return;
    }
    const { result } = read;
    if (result.ok) {
      const id = addAssessment({ ...result.assessment, id: newAssessmentId() });
      const { saveFailed, blocked } = useStorageStatus.getState();
      setOutcome({ fileName: file.name, result, id, unsaved: saveFailed || blocked });
    } else {
      setOutcome({ fileName: file.name, result });
    }
  }

  async function openColleagueFile(fileName: string, result: Extract<AnyFileResult, { kind: 'colleague' }>['result'], text: string) {
    if (!result.ok) {
      setOutcome({ fileName, result });
      return;
    }
    const { colleagueCopy, assessmentFromAnswers } = await import('../../assessment/colleague-merge');
    const { file } = result;
    const when = new Date().toISOString();
    if (file.kind === 'request') {
      addAssessment(colleagueCopy(file, when), true);
      void navigate(PATHS.colleague);
      return;
    }
    const { assessments, currentId, openAssessment } = useAssessmentStore.getState();
    const target = assessments[file.assessmentId] ? file.assessmentId : currentId !== null && !assessments[currentId]?.request ? currentId : null;
    if (target !== null) {
      openAssessment(target);
      void navigate(PATHS.merge, { state: { files: [{ name: fileName, text }] } });
      return;
    }
    const id = addAssessment(assessmentFromAnswers(file, when));
    const assessment = useAssessmentStore.getState().assessments[id];
    if (assessment) setOutcome({ fileName, result: { ok: true, assessment, warnings: [IMPORT_TEXT.answersOpenedSeparately(file.colleague, file.organization), ...result.warnings] }, id });
  }

  return (
    <section className="app-section" aria-labelledby="import-heading">
      <h2 id="import-heading">{IMPORT_TEXT.heading}</h2>
      <p>{IMPORT_TEXT.intro}</p>
      <FileDrop id="import-file" label={IMPORT_TEXT.label} hint={IMPORT_TEXT.hint} dropHint={IMPORT_TEXT.dropHere} disabled={!started} onFiles={([file]) => handleFile(file)} />
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
