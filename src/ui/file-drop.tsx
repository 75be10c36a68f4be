import { useRef, useState, type DragEvent } from 'react';

type FileDropProps = {
  id: string;
  label: string;
  hint: string;
  /** Shown in place of the hint while a file is dragged over. */
  dropHint: string;
  multiple?: boolean;
  disabled?: boolean;
  /** What has been opened so far, in words; the browser's own "No file chosen" is hidden, as the field is emptied after each file. */
  status?: string;
  onFiles: (files: File[]) => Promise<void> | void;
};

/** A file field that also takes files dropped on it; cleared once the files are handed over, so the same file can be chosen again. */
export function FileDrop({ id, label, hint, dropHint, multiple = false, disabled = false, status, onFiles }: FileDropProps) {
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  async function hand(list: FileList | null) {
    const files = [...(list ?? [])];
    if (files.length > 0) await onFiles(multiple ? files : files.slice(0, 1));
    if (inputRef.current) inputRef.current.value = '';
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (!disabled) void hand(event.dataTransfer.files);
  }

  return (
    <div
      className={`app-drop${dragging ? ' app-drop--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label className="usa-label" htmlFor={id}>
        {label}
      </label>
      <span className="usa-hint" id={`${id}-hint`}>
        {dragging ? dropHint : hint}
      </span>
      <input
        ref={inputRef}
        className={status ? 'app-file-input app-file-input--with-status' : 'app-file-input'}
        id={id}
        type="file"
        multiple={multiple}
        accept=".json,application/json"
        aria-describedby={status ? `${id}-hint ${id}-status` : `${id}-hint`}
        disabled={disabled}
        onChange={(event) => void hand(event.target.files)}
      />
      {status ? (
        <p className="app-file-status" id={`${id}-status`}>
          {status}
        </p>
      ) : null}
    </div>
  );
}
