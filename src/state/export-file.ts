import { exportableAnswers, serializeAssessment } from '../assessment/assessment-file';
import { fileNameFor } from '../assessment/file-names';
import { displayName, type SavedAssessment } from '../assessment/saved-assessment';
import { useAssessmentStore } from './assessment-store';

export type PreparedExport = { text: string; fileName: string; dropped: string[] };

/**
 * An assessment as a file to download, recorded as exported now (the start and results pages
 * show when the last copy was made). The caller starts the download.
 */
export function prepareExport(assessment: SavedAssessment, now = new Date().toISOString()): PreparedExport {
  useAssessmentStore.getState().markExported(assessment.id, now);
  return { text: serializeAssessment(assessment, now), fileName: fileNameFor(displayName(assessment), now, 'json'), dropped: exportableAnswers(assessment.answers).dropped };
}
