import { useState } from 'react';
import { recoverSavedText, serializeSavedData } from '../assessment/assessment-file';
import { fileNameFor } from '../assessment/file-names';
import { displayName, newAssessmentId } from '../assessment/saved-assessment';
import { discardDamaged, useAssessmentStore, useCurrentAssessment } from '../state/assessment-store';
import { prepareExport } from '../state/export-file';
import { setStorageStatus, useStorageStatus, type DamagedEntry } from '../state/storage-status';
import { Alert } from '../ui/alert';
import { downloadText } from '../ui/download';
import { APP_TEXT } from './app-text';

type Recovery = { heading: string; lines: string[]; ok: boolean };

function DamagedNotice({ entry, readOnly }: { entry: DamagedEntry; readOnly: boolean }) {
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const heading = entry.kind === 'partly-read' ? APP_TEXT.partlyHeading(entry.label) : entry.kind === 'newer' ? APP_TEXT.newerHeading(entry.label) : APP_TEXT.damagedHeading(entry.label);

  function download() {
    const now = new Date().toISOString();
    downloadText(serializeSavedData(entry, now), fileNameFor(entry.label, now, 'json', APP_TEXT.damagedFileSuffix), 'application/json');
  }

  async function recover() {
    const result = await recoverSavedText(entry.raw);
    if (!result.ok) {
      setRecovery({ heading: APP_TEXT.recoverFailedHeading, lines: result.problems, ok: false });
      return;
    }
    useAssessmentStore.getState().addAssessment({ ...result.assessment, id: newAssessmentId() });
    setRecovery({ heading: APP_TEXT.recoveredHeading(displayName(result.assessment)), lines: result.warnings.slice(1), ok: true });
  }

  return (
    <Alert type={entry.kind === 'partly-read' ? 'warning' : 'error'} heading={heading} role="region" label={heading}>
      {entry.kind === 'partly-read' ? (
        <>
          <p>{APP_TEXT.partlyText}</p>
          <ul>
            {entry.setAside.map((part) => (
              <li key={`${part.where} ${part.problem}`}>{APP_TEXT.partlyItem(part.where, part.problem)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{entry.kind === 'newer' ? APP_TEXT.newerText : APP_TEXT.damagedText(APP_TEXT.damagedReason[entry.reason])}</p>
      )}
      <div className="app-actions">
        <button type="button" className="usa-button" aria-label={`${APP_TEXT.damagedDownload}: ${entry.label}`} onClick={download}>
          {APP_TEXT.damagedDownload}
        </button>
        {entry.kind === 'unreadable' ? (
          <button type="button" className="usa-button usa-button--outline" aria-label={`${APP_TEXT.damagedRecover}: ${entry.label}`} onClick={() => void recover()}>
            {APP_TEXT.damagedRecover}
          </button>
        ) : null}
        {readOnly ? null : (
          <button type="button" className="usa-button usa-button--outline" aria-label={`${entry.kind === 'partly-read' ? APP_TEXT.partlyDiscard : APP_TEXT.damagedDiscard}: ${entry.label}`} onClick={() => discardDamaged(entry.key)}>
            {entry.kind === 'partly-read' ? APP_TEXT.partlyDiscard : APP_TEXT.damagedDiscard}
          </button>
        )}
      </div>
      <div role="status">
        {recovery ? (
          <>
            <p className="app-notice-result">
              <strong>{recovery.heading}</strong>
            </p>
            {recovery.lines.length > 0 ? (
              <>
                {recovery.ok ? <p>{APP_TEXT.recoveredLeftOut}</p> : null}
                <ul>
                  {recovery.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </div>
    </Alert>
  );
}

function ExportButton() {
  const current = useCurrentAssessment();
  if (!current) return null;
  return (
    <button
      type="button"
      className="usa-button"
      onClick={() => {
        const file = prepareExport(current);
        downloadText(file.text, file.fileName, 'application/json');
      }}
    >
      {APP_TEXT.saveFailedExport}
    </button>
  );
}

/** Tells the user, in plain words, when saved data could not be read or a change not saved. */
export function StorageNotice() {
  const { damaged, saveFailed, readOnly, blocked, updatedElsewhere } = useStorageStatus();
  if (damaged.length === 0 && !saveFailed && !updatedElsewhere && !blocked) return null;
  return (
    <div className="grid-container app-notices">
      {blocked ? (
        <Alert type="warning" heading={APP_TEXT.blockedHeading} role="region" label={APP_TEXT.blockedHeading}>
          <p>{APP_TEXT.blockedText}</p>
          <ExportButton />
        </Alert>
      ) : null}
      {damaged.map((entry) => (
        <DamagedNotice key={entry.key} entry={entry} readOnly={readOnly} />
      ))}
      {saveFailed && !blocked ? (
        <Alert type="warning" heading={APP_TEXT.saveFailedHeading} role="alert">
          <p>{readOnly ? APP_TEXT.readOnlyText : APP_TEXT.saveFailedText}</p>
          <ExportButton />
        </Alert>
      ) : null}
      {updatedElsewhere ? (
        <Alert type="info" slim role="status">
          <p>
            {APP_TEXT.updatedElsewhere}{' '}
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => setStorageStatus({ updatedElsewhere: false })}>
              {APP_TEXT.dismiss}
            </button>
          </p>
        </Alert>
      ) : null}
    </div>
  );
}
