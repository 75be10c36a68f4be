import { workloadBalance, type WorkloadBalance } from '../../assessment/report-content';
import type { Answers } from '../../assessment/schema';
import type { GapReport } from '../../assessment/scoring/gap-report-schema';
import { findSource } from '../../assessment/sources';
import { RESULTS_TEXT } from './results-text';

/** The balance line of the workload section, also on the report's first page. */
export function balanceText(balance: WorkloadBalance): string {
  switch (balance.kind) {
    case 'unknown':
      return RESULTS_TEXT.balanceUnknown;
    case 'even':
      return RESULTS_TEXT.even(balance.short, balance.hours, balance.hoursPerWeek);
    case 'shortfall':
      return RESULTS_TEXT.shortfall(balance.hours, balance.hoursPerWeek, balance.fte);
    case 'surplus':
      return RESULTS_TEXT.surplus(balance.hours, balance.hoursPerWeek, balance.fte);
  }
}

/**
 * Hours needed against hours available (hours first, FTE at most in brackets), the balance, and
 * the clinical time of go-live. `answers` are the effective answers (effectiveAnswers).
 */
export function WorkloadSection({ report, answers }: { report: GapReport; answers: Answers }) {
  const { workload } = report;
  const { goLive } = workload;
  const balance = workloadBalance(report, answers);
  const known = balance.kind !== 'unknown';
  const available = known
    ? `${RESULTS_TEXT.hoursWithFte(workload.availableHours, workload.availableFte)}. ${RESULTS_TEXT.hoursBasis[workload.itHoursBasis]}`
    : `${RESULTS_TEXT.availableUnknown} ${RESULTS_TEXT.hoursBasisUnknown}`;
  // No WISN ratio while the hours are unknown: its 0 would read as a finding.
  const balanceLine = known ? `${balanceText(balance)}; ${RESULTS_TEXT.wisn(workload.wisnRatio)}` : balanceText(balance);
  const weeks = goLive.scheduleByWeek.map((share, index) => RESULTS_TEXT.scheduleWeek(index + 1, share)).join(', ');
  return (
    <section className="app-report-section" aria-labelledby="workload-heading">
      <h2 id="workload-heading">{RESULTS_TEXT.workloadHeading}</h2>
      <p>
        {RESULTS_TEXT.workloadIntro} {RESULTS_TEXT.estimatedFor(workload.sites, workload.users, workload.interfaces)}
      </p>
      <dl className="app-figures">
        <div>
          <dt>{RESULTS_TEXT.totalNeeded}</dt>
          <dd>
            {RESULTS_TEXT.hoursWithFte(workload.requiredHours, workload.requiredFte)} {RESULTS_TEXT.overWeeks(workload.timelineWeeks)}
          </dd>
        </div>
        <div>
          <dt>{RESULTS_TEXT.available}</dt>
          <dd>{available}</dd>
        </div>
        <div>
          <dt>{RESULTS_TEXT.balance}</dt>
          <dd className={balance.kind === 'shortfall' ? 'app-shortfall' : undefined}>{balanceLine}</dd>
        </div>
      </dl>

      {/* Short tables: each kept whole on paper, with its heading. */}
      <div className="app-two-col">
        <div className="app-keep">
          <h3>{RESULTS_TEXT.itHoursHeading}</h3>
          <table className="usa-table usa-table--borderless usa-table--compact app-numbers">
            <caption className="usa-sr-only">{RESULTS_TEXT.itHoursCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{RESULTS_TEXT.itHoursColumns.area}</th>
                <th scope="col" className="app-num">
                  {RESULTS_TEXT.itHoursColumns.hours}
                </th>
              </tr>
            </thead>
            <tbody>
              {workload.hoursByArea.map((row) => (
                <tr key={row.area}>
                  <th scope="row">{row.label}</th>
                  <td className="app-num">{RESULTS_TEXT.count(row.hours)}</td>
                </tr>
              ))}
              <tr className="app-total">
                <th scope="row">{RESULTS_TEXT.totalNeeded}</th>
                <td className="app-num">{RESULTS_TEXT.count(workload.requiredHours)}</td>
              </tr>
            </tbody>
          </table>
        </div>

        <div className="app-keep">
          <h3>{RESULTS_TEXT.clinicalHeading}</h3>
          {goLive.applies ? (
            <>
              <table className="usa-table usa-table--borderless usa-table--compact usa-table--stacked app-numbers">
                <caption className="usa-sr-only">{RESULTS_TEXT.clinicalCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{RESULTS_TEXT.clinicalColumns.role}</th>
                    <th scope="col" className="app-num">
                      {RESULTS_TEXT.clinicalColumns.people}
                    </th>
                    <th scope="col" className="app-num">
                      {RESULTS_TEXT.clinicalColumns.training}
                    </th>
                    <th scope="col" className="app-num">
                      {RESULTS_TEXT.clinicalColumns.reduced}
                    </th>
                    <th scope="col" className="app-num">
                      {RESULTS_TEXT.clinicalColumns.total}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {goLive.roles.map((role) => (
                    <tr key={role.role}>
                      <th scope="row" data-label={RESULTS_TEXT.clinicalColumns.role}>
                        {role.label}
                      </th>
                      <td className="app-num" data-label={RESULTS_TEXT.clinicalColumns.people}>
                        {role.estimated ? RESULTS_TEXT.estimatedPeople(role.people) : role.people}
                      </td>
                      <td className="app-num" data-label={RESULTS_TEXT.clinicalColumns.training}>
                        {RESULTS_TEXT.count(role.trainingHours)}
                      </td>
                      <td className="app-num" data-label={RESULTS_TEXT.clinicalColumns.reduced}>
                        {RESULTS_TEXT.count(role.reducedScheduleHours)}
                      </td>
                      <td className="app-num" data-label={RESULTS_TEXT.clinicalColumns.total}>
                        {RESULTS_TEXT.count(role.totalHours)}
                      </td>
                    </tr>
                  ))}
                  <tr className="app-total">
                    <th scope="row" data-label={RESULTS_TEXT.clinicalColumns.role}>
                      {RESULTS_TEXT.clinicalTotal}
                    </th>
                    <td className="app-empty-cell" />
                    <td className="app-empty-cell" />
                    <td className="app-empty-cell" />
                    <td className="app-num" data-label={RESULTS_TEXT.clinicalColumns.total}>
                      {RESULTS_TEXT.count(goLive.totalHours)}
                    </td>
                  </tr>
                </tbody>
              </table>
              <ul className="usa-list">
                {goLive.scheduleByWeek.length > 0 ? <li>{RESULTS_TEXT.schedule(weeks)}</li> : null}
                <li>{RESULTS_TEXT.superUsers(goLive.superUsers, goLive.superUserExtraHours)}</li>
                <li>{RESULTS_TEXT.support(goLive.support, goLive.supportPeople)}</li>
              </ul>
            </>
          ) : (
            <p>{RESULTS_TEXT.noGoLive}</p>
          )}
        </div>
      </div>

      <div className="no-print">
        <AssumptionsList report={report} headingLevel="h3" />
      </div>
      <p className="print-only-block">{RESULTS_TEXT.assumptionsInAppendix}</p>
    </section>
  );
}

/** The assumptions behind the estimate, each with its source; on paper they go to the appendix. */
export function AssumptionsList({ report, headingLevel }: { report: GapReport; headingLevel: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <>
      <Heading>{RESULTS_TEXT.assumptionsHeading}</Heading>
      <ul className="usa-list app-assumptions">
        {report.workload.assumptions.map((assumption) => (
          <li key={assumption.id}>
            {assumption.text}{' '}
            <cite>
              ({findSource(assumption.sourceId)?.publisher ?? assumption.sourceId}
              {assumption.example ? `; ${RESULTS_TEXT.exampleFigure}` : ''})
            </cite>
          </li>
        ))}
      </ul>
    </>
  );
}
