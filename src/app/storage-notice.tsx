import { Suspense, lazy } from 'react';
import { useCurrentAssessment } from '../state/assessment-store';
import { prepareExport } from '../state/export-file';
import { setStorageStatus, useStorageStatus } from '../state/storage-status';
import { Alert } from '../ui/alert';
import { downloadText } from '../ui/download';
import { APP_TEXT } from './app-text';

// Damaged saved data is rare: its notice, and the file reading it offers, load only when needed.
const DamagedNotice = lazy(() => import('./damaged-notice').then((module) => ({ default: module.DamagedNotice })));

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
      {damaged.length > 0 ? (
        <Suspense fallback={null}>
          {damaged.map((entry) => (
            <DamagedNotice key={entry.key} entry={entry} readOnly={readOnly} />
          ))}
        </Suspense>
      ) : null}
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
