import { useStorageStatus } from '../state/storage-status';
import { Alert } from '../ui/alert';
import { APP_TEXT } from './app-text';

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Tells the user, in plain words, when saved data could not be read or a change not saved. */
export function StorageNotice() {
  const damaged = useStorageStatus((state) => state.damaged);
  const saveFailed = useStorageStatus((state) => state.saveFailed);
  const dismiss = useStorageStatus((state) => state.dismissDamaged);
  if (!damaged && !saveFailed) return null;
  return (
    <div className="grid-container app-notices">
      {damaged ? (
        <Alert type="error" heading={APP_TEXT.damagedHeading} role="region" label={APP_TEXT.damagedHeading}>
          <p>{APP_TEXT.damagedText(damaged.reason)}</p>
          <div className="app-actions">
            <button type="button" className="usa-button" onClick={() => download(damaged.raw, APP_TEXT.damagedFileName)}>
              {APP_TEXT.damagedDownload}
            </button>
            <button type="button" className="usa-button usa-button--outline" onClick={dismiss}>
              {APP_TEXT.damagedDismiss}
            </button>
          </div>
        </Alert>
      ) : null}
      {saveFailed ? (
        <Alert type="warning" heading={APP_TEXT.saveFailedHeading} role="alert">
          <p>{APP_TEXT.saveFailedText}</p>
        </Alert>
      ) : null}
    </div>
  );
}
