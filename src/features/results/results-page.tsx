import { memo, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { whoAnswered } from '../../assessment/answered-by';
import { atAGlance } from '../../assessment/at-a-glance';
import { gapsCsv } from '../../assessment/csv';
import { fileNameFor } from '../../assessment/file-names';
import { questionLinks } from '../../assessment/question-links';
import { APP_NAME, PATHS, stepPath } from '../../assessment/routes';
import { displayName, facilityName, type ActionItem, type SavedAssessment } from '../../assessment/saved-assessment';
import type { Answers } from '../../assessment/schema';
import type { GapReport } from '../../assessment/scoring/gap-report-schema';
import { includesConsultant } from '../../assessment/scoring/report-queries';
import { effectiveAnswers, visibleSteps } from '../../assessment/visibility';
import { useAssessmentStore, useCurrentAssessment } from '../../state/assessment-store';
import { prepareExport } from '../../state/export-file';
import { Alert } from '../../ui/alert';
import { LinkList } from '../../ui/link-list';
import { downloadBlob, downloadText } from '../../ui/download';
import { formatLongDate, formatWhen } from '../../ui/format-en-us';
import { useStagedReveal } from '../../ui/use-staged-reveal';
import { useDocumentTitle } from '../../ui/use-document-title';
import { usePrintHeader } from '../../ui/use-print-header';
import { ConsultantChecklist, NextSteps, SharedItSection } from './advice-sections';
import { AtAGlanceSection } from './at-a-glance-section';
import { AnswersAppendix, AnswersAppendixStep, SourcesList } from './answers-appendix';
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

/** What every part of the report is drawn from; the same objects for as long as the answers stay the same. */
type PartProps = { assessment: SavedAssessment; report: GapReport; answers: Answers; onActionChange: (gapId: string, item: ActionItem) => void };

function GapsPart({ assessment, report, onActionChange }: PartProps) {
  return (
    <section className="app-report-section app-gaps-section" aria-labelledby="gaps-heading">
      {/* Kept with the table's first rows on paper: the heading is never left alone at a page's foot. */}
      <div className="app-keep-next">
        <h2 id="gaps-heading">{RESULTS_TEXT.gapsHeading}</h2>
        <p>{RESULTS_TEXT.gapsIntro}</p>
      </div>
      <GapTable gaps={report.gaps} actionPlan={assessment.actionPlan} onChange={onActionChange} />
    </section>
  );
}

function GlancePart({ assessment, report, answers }: PartProps) {
  const summary = useMemo(() => atAGlance(report, answers, assessment.actionPlan), [report, answers, assessment.actionPlan]);
  return <AtAGlanceSection summary={summary} />;
}

function AdvicePart({ report, answers }: PartProps) {
  const sharedIt = report.recommendation.sharedIt;
  return (
    <>
      {includesConsultant(report) ? <ConsultantChecklist report={report} /> : null}
      {sharedIt ? <SharedItSection report={report} answers={answers} sharedIt={sharedIt} /> : null}
      <NextSteps report={report} answers={answers} />
    </>
  );
}

function GlossaryPart({ assessment, report }: PartProps) {
  return (
    <>
      <GlossarySection report={report} answers={assessment.answers} />
      <div className="print-only-block app-report-section">
        <AssumptionsList report={report} headingLevel="h2" />
      </div>
    </>
  );
}

/**
 * The parts of the report, in the order they are shown, one after the other (useStagedReveal):
 * a render and a layout each. The appendix then comes a step's table at a time, then the sources.
 */
const REPORT_PARTS = [
  { id: 'glance', render: GlancePart },
  { id: 'recommendation', render: ({ report }: PartProps) => <RecommendationSection report={report} /> },
  { id: 'readiness', render: ({ report }: PartProps) => <ReadinessSection report={report} /> },
  { id: 'gaps', render: GapsPart },
  { id: 'workload', render: ({ report, answers }: PartProps) => <WorkloadSection report={report} answers={answers} /> },
  { id: 'advice', render: AdvicePart },
] as const;

/**
 * One part of the report. Memoized: each stage re-renders the report, and a part already shown
 * is not drawn again (without it, the first parts were rendered once per stage, and every stage
 * grew into a long task on a slow laptop).
 */
const ReportPart = memo(function ReportPart({ index, ...props }: PartProps & { index: number }) {
  const Part = REPORT_PARTS[index]?.render;
  return Part ? <Part {...props} /> : null;
});

const StagedGlossary = memo(GlossaryPart);
const AppendixStep = memo(AnswersAppendixStep);

function Report({ assessment, report, orgName, onActionChange }: { assessment: SavedAssessment; report: GapReport; orgName: string; onActionChange: (gapId: string, item: ActionItem) => void }) {
  const appendixSteps = useMemo(() => visibleSteps(assessment.answers), [assessment.answers]);
  const answers = useMemo(() => effectiveAnswers(assessment.answers), [assessment.answers]);
  const stages = REPORT_PARTS.length + appendixSteps.length + 1;
  const [shown, showAll] = useStagedReveal(stages);
  const root = useRef<HTMLDivElement>(null);
  const [wordState, setWordState] = useState<'idle' | 'making' | 'failed'>('idle');
  const facility = facilityName(assessment);
  const who = useMemo(() => whoAnswered({ answers: assessment.answers, answeredBy: assessment.answeredBy }), [assessment.answers, assessment.answeredBy]);
  const partProps: PartProps = { assessment, report, answers, onActionChange };
  const preparedOn = formatLongDate(new Date());
  const printHeader = RESULTS_TEXT.printHeader(orgName, facility, preparedOn);
  usePrintHeader(printHeader);

  async function downloadWord() {
    setWordState('making');
    try {
      showAll();
      const { wordFileOf } = await import('./word-file');
      if (!root.current) throw new Error('the report is not on the page');
      downloadBlob(await wordFileOf(root.current, printHeader, RESULTS_TEXT.wordFooter), fileNameFor(orgName, new Date().toISOString(), 'docx', 'report'));
      setWordState('idle');
    } catch {
      setWordState('failed');
    }
  }

  return (
    <div className="grid-container app-report" ref={root}>
      <ReportTitle name={orgName}>
        <p className="app-report__org">{orgName}</p>
        {facility ? <p className="app-report__meta">{RESULTS_TEXT.facility(facility)}</p> : null}
        <p className="app-report__meta">{RESULTS_TEXT.preparedOn(preparedOn)}</p>
        <p className="app-report__meta app-user-text">{RESULTS_TEXT.answeredBy(who)}</p>
        <GlossaryLink />
      </ReportTitle>

      {/* The first page (At a glance) before the buttons: on a phone the recommendation is on the first screen. */}
      <ReportPart index={0} {...partProps} />
      <div className="app-actions no-print">
        <button type="button" className="usa-button" onClick={() => window.print()}>
          {RESULTS_TEXT.print}
        </button>
        <button type="button" className="usa-button usa-button--outline" aria-busy={wordState === 'making'} onClick={() => void downloadWord()}>
          {wordState === 'making' ? RESULTS_TEXT.makingWord : RESULTS_TEXT.downloadWord}
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
      {wordState === 'failed' ? (
        <p className="usa-error-message no-print" role="alert">
          {RESULTS_TEXT.wordFailed}
        </p>
      ) : null}
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

      {REPORT_PARTS.slice(1, shown).map((part, index) => (
        <ReportPart key={part.id} index={index + 1} {...partProps} />
      ))}
      {shown > REPORT_PARTS.length ? (
        <div className="app-appendix-pages">
          <StagedGlossary {...partProps} />
          <AnswersAppendix intro={who.others.length === 0 ? RESULTS_TEXT.appendixOneRespondent(who) : undefined}>
            {appendixSteps.slice(0, shown - REPORT_PARTS.length).map((step) => (
              <AppendixStep key={step.id} step={step} answers={assessment.answers} answeredBy={assessment.answeredBy} showWho={who.others.length > 0} />
            ))}
          </AnswersAppendix>
          {shown >= stages ? <SourcesList /> : null}
        </div>
      ) : null}
    </div>
  );
}
