import { serializeAssessment } from '../assessment/assessment-file';
import { fileNameFor } from '../assessment/file-names';
import { displayName } from '../assessment/saved-assessment';
import { discardDamaged } from '../state/assessment-storage';
import { useCurrentAssessment } from '../state/assessment-store';
import { useStorageStatus } from '../state/storage-status';
import { Alert } from '../ui/alert';
import { downloadText } from '../ui/download';
import { APP_TEXT } from './app-text';

/** Tells the user, in plain words, when saved data could not be read or a change not saved. */
export function StorageNotice() {
  const damaged = useStorageStatus((state) => state.damaged);
  const saveFailed = useStorageStatus((state) => state.saveFailed);
  const readOnly = useStorageStatus((state) => state.readOnly);
  const updatedElsewhere = useStorageStatus((state) => state.updatedElsewhere);
  const setUpdatedElsewhere = useStorageStatus((state) => state.setUpdatedElsewhere);
  const current = useCurrentAssessment();
  if (damaged.length === 0 && !saveFailed && !updatedElsewhere) return null;
  return (
    <div className="grid-container app-notices">
      {damaged.map((entry) => (
        <Alert key={entry.key} type="error" heading={APP_TEXT.damagedHeading(entry.label)} role="region" label={APP_TEXT.damagedHeading(entry.label)}>
          <p>{APP_TEXT.damagedText(entry.reason)}</p>
          <div className="app-actions">
            <button type="button" className="usa-button" aria-label={`${APP_TEXT.damagedDownload}: ${entry.label}`} onClick={() => downloadText(entry.raw, APP_TEXT.damagedFileName, 'application/json')}>
              {APP_TEXT.damagedDownload}
            </button>
            <button type="button" className="usa-button usa-button--outline" aria-label={`${APP_TEXT.damagedDiscard}: ${entry.label}`} onClick={() => discardDamaged(entry.key)}>
              {APP_TEXT.damagedDiscard}
            </button>
          </div>
        </Alert>
      ))}
      {saveFailed ? (
        <Alert type="warning" heading={APP_TEXT.saveFailedHeading} role="alert">
          <p>{readOnly ? APP_TEXT.readOnlyText : APP_TEXT.saveFailedText}</p>
          {current ? (
            <button
              type="button"
              className="usa-button"
              onClick={() => {
                const now = new Date().toISOString();
                downloadText(serializeAssessment(current, now), fileNameFor(displayName(current), now, 'json'), 'application/json');
              }}
            >
              {APP_TEXT.saveFailedExport}
            </button>
          ) : null}
        </Alert>
      ) : null}
      {updatedElsewhere ? (
        <Alert type="info" slim role="status">
          <p>
            {APP_TEXT.updatedElsewhere}{' '}
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => setUpdatedElsewhere(false)}>
              {APP_TEXT.dismiss}
            </button>
          </p>
        </Alert>
      ) : null}
    </div>
  );
}
