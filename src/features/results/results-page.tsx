import { useMemo } from 'react';
import { Link } from 'react-router';
import { gapsCsv } from '../../assessment/csv';
import { fileNameFor } from '../../assessment/file-names';
import { questionLinks } from '../../assessment/question-links';
import { APP_NAME, PATHS, stepPath } from '../../assessment/routes';
import { displayName, facilityName, type ActionItem, type SavedAssessment } from '../../assessment/saved-assessment';
import type { GapReport } from '../../assessment/scoring/gap-report-schema';
import { includesConsultant } from '../../assessment/scoring/report-queries';
import { effectiveAnswers, visibleSteps } from '../../assessment/visibility';
import { useAssessmentStore, useCurrentAssessment } from '../../state/assessment-store';
import { prepareExport } from '../../state/export-file';
import { Alert } from '../../ui/alert';
import { LinkList } from '../../ui/link-list';
import { downloadText } from '../../ui/download';
import { formatLongDate, formatWhen } from '../../ui/format-en-us';
import { useStagedReveal } from '../../ui/use-staged-reveal';
import { useDocumentTitle } from '../../ui/use-document-title';
import { ConsultantChecklist, NextSteps, SharedItSection } from './advice-sections';
import { AnswersAppendix, SourcesList } from './answers-appendix';
import { GapTable } from './gap-table';
import { GlossaryLink, GlossarySection } from './glossary-section';
import { ReadinessSection } from './readiness-section';
import { RecommendationSection } from './recommendation-section';
import { ReportTitle } from './report-title';
import { REPORT_TITLE_TEXT } from './report-title-text';
import { RESULTS_TEXT } from './results-text';
import { scoreCached } from './score-cached';
import { AssumptionsList, WorkloadSection } from './workload-section';

/** The results on screen and the printable gap report; it shows the scoring's GapReport and computes nothing. */
export function ResultsPage() {
  const assessment = useCurrentAssessment();
  const setActionItem = useAssessmentStore((state) => state.setActionItem);
  const answers = assessment?.answers;
  // Scored once per set of answers (scoreCached), usually already by the route before this render.
  const report = answers ? scoreCached(answers) : null;
  const orgName = assessment ? displayName(assessment) : '';
  useDocumentTitle(`${assessment ? RESULTS_TEXT.reportFor(orgName) : REPORT_TITLE_TEXT.title} – ${APP_NAME}`);

  if (!assessment || !report || Object.keys(assessment.answers).length === 0) {
    return (
      <div className="grid-container app-report">
        <ReportTitle />
        <div className="app-narrow">
          <p>{RESULTS_TEXT.emptyText}</p>
          <Link className="usa-button" to={stepPath(visibleSteps({})[0]?.id ?? '')}>
            {RESULTS_TEXT.emptyLink}
          </Link>
        </div>
      </div>
    );
  }

  return <Report assessment={assessment} report={report} orgName={orgName} onActionChange={setActionItem} />;
}

/**
 * The parts of the report before its appendix, in the order they are shown, one after the other
 * (useStagedReveal): a render and a layout each. The appendix then comes a step's table at a
 * time, then the sources.
 */
const REPORT_PARTS = ['recommendation', 'readiness', 'gaps', 'workload', 'advice'] as const;
type ReportPart = (typeof REPORT_PARTS)[number];
const REPORT_STAGES = REPORT_PARTS.length;

function Report({ assessment, report, orgName, onActionChange }: { assessment: SavedAssessment; report: GapReport; orgName: string; onActionChange: (gapId: string, item: ActionItem) => void }) {
  const appendixSteps = useMemo(() => visibleSteps(assessment.answers).length, [assessment.answers]);
  const answers = useMemo(() => effectiveAnswers(assessment.answers), [assessment.answers]);
  const stages = REPORT_STAGES + appendixSteps + 1;
  const shown = useStagedReveal(stages);
  const has = (part: ReportPart) => shown > REPORT_PARTS.indexOf(part);
  const facility = facilityName(assessment);
  const showConsultant = includesConsultant(report);
  const sharedIt = report.recommendation.sharedIt;

  return (
    <div className="grid-container app-report">
      <ReportTitle name={orgName}>
        <p className="app-report__org">{orgName}</p>
        {facility ? <p className="app-report__meta">{RESULTS_TEXT.facility(facility)}</p> : null}
        <p className="app-report__meta">{RESULTS_TEXT.preparedOn(formatLongDate(new Date()))}</p>
        <GlossaryLink />
      </ReportTitle>

      <div className="app-actions no-print">
        <button type="button" className="usa-button" onClick={() => window.print()}>
          {RESULTS_TEXT.print}
        </button>
        <button
          type="button"
          className="usa-button usa-button--outline"
          onClick={() => downloadText(gapsCsv(report.gaps, assessment.actionPlan), fileNameFor(orgName, new Date().toISOString(), 'csv', 'gaps'), 'text/csv')}
        >
          {RESULTS_TEXT.downloadGaps}
        </button>
        <button
          type="button"
          className="usa-button usa-button--outline"
          onClick={() => {
            const file = prepareExport(assessment);
            downloadText(file.text, file.fileName, 'application/json');
          }}
        >
          {RESULTS_TEXT.saveCopy}
        </button>
        <Link className="usa-button usa-button--unstyled" to={PATHS.review}>
          {RESULTS_TEXT.backToReview}
        </Link>
      </div>
      <p className="usa-hint no-print">{RESULTS_TEXT.printHint}</p>
      <p className="usa-hint no-print" role="status">
        {assessment.exportedAt ? RESULTS_TEXT.lastCopy(formatWhen(assessment.exportedAt)) : RESULTS_TEXT.noCopy}
      </p>

      {report.provisional ? (
        <Alert type="warning" heading={RESULTS_TEXT.provisionalHeading}>
          <p>{RESULTS_TEXT.provisionalText}</p>
          <LinkList links={questionLinks(report.missing)} />
        </Alert>
      ) : null}

      <RecommendationSection report={report} />
      {has('readiness') ? <ReadinessSection report={report} /> : null}

      {has('gaps') ? (
        <section className="app-report-section app-gaps-section" aria-labelledby="gaps-heading">
          {/* Kept with the table's first rows on paper: the heading is never left alone at a page's foot. */}
          <div className="app-keep-next">
            <h2 id="gaps-heading">{RESULTS_TEXT.gapsHeading}</h2>
            <p>{RESULTS_TEXT.gapsIntro}</p>
          </div>
          <GapTable gaps={report.gaps} actionPlan={assessment.actionPlan} onChange={onActionChange} />
        </section>
      ) : null}

      {has('workload') ? (
        <>
          <WorkloadSection report={report} answers={answers} />
          <NextSteps report={report} answers={answers} />
        </>
      ) : null}
      {has('advice') ? (
        <>
          {showConsultant ? <ConsultantChecklist report={report} /> : null}
          {sharedIt ? <SharedItSection report={report} answers={answers} sharedIt={sharedIt} /> : null}
        </>
      ) : null}
      {shown > REPORT_STAGES ? (
        <div className="app-appendix-pages">
          <GlossarySection report={report} answers={assessment.answers} />
          <div className="print-only-block app-report-section">
            <AssumptionsList report={report} headingLevel="h2" />
          </div>
          <AnswersAppendix answers={assessment.answers} steps={shown - REPORT_STAGES} />
          {shown >= stages ? <SourcesList /> : null}
        </div>
      ) : null}
    </div>
  );
}
