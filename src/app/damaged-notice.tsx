import { useState } from 'react';
import { recoverSavedText, serializeSavedData } from '../assessment/read-assessment-file';
import { fileNameFor } from '../assessment/file-names';
import { displayName, newAssessmentId } from '../assessment/saved-assessment';
import { discardDamaged, useAssessmentStore } from '../state/assessment-store';
import type { DamagedEntry } from '../state/storage-status';
import { Alert } from '../ui/alert';
import { downloadText } from '../ui/download';
import { DAMAGED_TEXT } from './damaged-notice-text';

type Recovery = { heading: string; lines: string[]; ok: boolean };

/** One damaged entry (or the copy of one): what happened, download, recover, delete. */
export function DamagedNotice({ entry, readOnly }: { entry: DamagedEntry; readOnly: boolean }) {
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const heading = entry.kind === 'partly-read' ? DAMAGED_TEXT.partlyHeading(entry.label) : entry.kind === 'newer' ? DAMAGED_TEXT.newerHeading(entry.label) : DAMAGED_TEXT.damagedHeading(entry.label);

  function download() {
    const now = new Date().toISOString();
    downloadText(serializeSavedData(entry, now), fileNameFor(entry.label, now, 'json', DAMAGED_TEXT.damagedFileSuffix), 'application/json');
  }

  function recover() {
    const result = recoverSavedText(entry.raw);
    if (!result.ok) {
      setRecovery({ heading: DAMAGED_TEXT.recoverFailedHeading, lines: result.problems, ok: false });
      return;
    }
    useAssessmentStore.getState().addAssessment({ ...result.assessment, id: newAssessmentId() });
    setRecovery({ heading: DAMAGED_TEXT.recoveredHeading(displayName(result.assessment)), lines: result.warnings.slice(1), ok: true });
  }

  return (
    <Alert type={entry.kind === 'partly-read' ? 'warning' : 'error'} heading={heading} role="region" label={heading}>
      {entry.kind === 'partly-read' ? (
        <>
          <p>{DAMAGED_TEXT.partlyText}</p>
          <ul>
            {entry.setAside.map((part) => (
              <li key={`${part.where} ${part.problem}`}>{DAMAGED_TEXT.partlyItem(part.where, part.problem)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{entry.kind === 'newer' ? DAMAGED_TEXT.newerText : DAMAGED_TEXT.damagedText(DAMAGED_TEXT.damagedReason[entry.reason])}</p>
      )}
      <div className="app-actions">
        <button type="button" className="usa-button" aria-label={`${DAMAGED_TEXT.damagedDownload}: ${entry.label}`} onClick={download}>
          {DAMAGED_TEXT.damagedDownload}
        </button>
        {entry.kind === 'unreadable' ? (
          <button type="button" className="usa-button usa-button--outline" aria-label={`${DAMAGED_TEXT.damagedRecover}: ${entry.label}`} onClick={recover}>
            {DAMAGED_TEXT.damagedRecover}
          </button>
        ) : null}
        {readOnly ? null : (
          <button
            type="button"
            className="usa-button usa-button--outline"
            aria-label={`${entry.kind === 'partly-read' ? DAMAGED_TEXT.partlyDiscard : DAMAGED_TEXT.damagedDiscard}: ${entry.label}`}
            onClick={() => discardDamaged(entry.key)}
          >
            {entry.kind === 'partly-read' ? DAMAGED_TEXT.partlyDiscard : DAMAGED_TEXT.damagedDiscard}
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
                {recovery.ok ? <p>{DAMAGED_TEXT.recoveredLeftOut}</p> : null}
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
