import { useMemo } from 'react';
import { glossaryTermsUsed } from '../../assessment/glossary';
import { reportTexts } from '../../assessment/report-texts';
import type { Answers } from '../../assessment/schema';
import type { GapReport } from '../../assessment/scoring/gap-report-schema';
import { includesConsultant } from '../../assessment/scoring/report-queries';
import { findSource } from '../../assessment/sources';
import { GLOSSARY_TEXT } from './glossary-text';
import { RESULTS_TEXT } from './results-text';

/** Where the link at the top of the report jumps to. */
export const GLOSSARY_ID = 'glossary';

/**
 * The page's own words that this report shows (the sections' introductions, headings and
 * figures), beside the scored report's and the answers': the glossary is chosen from all three.
 */
function pageTexts(report: GapReport): string[] {
  const { workload } = report;
  const { goLive } = workload;
  return [
    RESULTS_TEXT.readinessIntro,
    RESULTS_TEXT.gapsIntro,
    RESULTS_TEXT.workloadIntro,
    RESULTS_TEXT.estimatedFor(workload.sites, workload.users, workload.interfaces),
    RESULTS_TEXT.itHoursHeading,
    RESULTS_TEXT.fte(workload.requiredFte),
    RESULTS_TEXT.weeks(workload.timelineWeeks),
    RESULTS_TEXT.hoursBasis[workload.itHoursBasis],
    RESULTS_TEXT.wisn(workload.wisnRatio),
    RESULTS_TEXT.clinicalHeading,
    ...(goLive.applies ? [RESULTS_TEXT.superUsers(goLive.superUsers, goLive.superUserExtraHours), RESULTS_TEXT.support(goLive.support, goLive.supportPeople)] : [RESULTS_TEXT.noGoLive]),
    ...(includesConsultant(report) ? [RESULTS_TEXT.consultantHeading, RESULTS_TEXT.consultantIntro] : []),
    ...(report.recommendation.sharedIt ? [RESULTS_TEXT.sharedHeading, RESULTS_TEXT.sharedAgreeHeading] : []),
    RESULTS_TEXT.nextHeading,
    RESULTS_TEXT.discussionHeading,
  ];
}

/** The link near the top of the report to its glossary; on paper, a line that says where the glossary is. */
export function GlossaryLink() {
  return (
    <p className="app-report__meta">
      <a className="usa-link" href={`#${GLOSSARY_ID}`}>
        {GLOSSARY_TEXT.link}
      </a>
      <span className="print-only">{GLOSSARY_TEXT.linkOnPaper}</span>
    </p>
  );
}

/** The terms this report uses that a clinic manager may not know, in plain words; printed at the start of the appendix. */
export function GlossarySection({ report, answers }: { report: GapReport; answers: Answers }) {
  const terms = useMemo(() => glossaryTermsUsed([...reportTexts(report, answers), ...pageTexts(report)]), [report, answers]);
  return (
    <section id={GLOSSARY_ID} className="app-report-section app-glossary" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">{GLOSSARY_TEXT.heading}</h2>
      <p>{GLOSSARY_TEXT.intro}</p>
      <dl className="app-glossary__list">
        {terms.map((entry) => {
          const source = entry.source ? findSource(entry.source) : undefined;
          return (
            <div key={entry.id} className="app-glossary__entry">
              <dt>{entry.term}</dt>
              <dd>
                {entry.definition}
                {source ? <span className="app-glossary__source"> {GLOSSARY_TEXT.source(source.publisher)}</span> : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
