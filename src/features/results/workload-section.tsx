import type { GapReport } from '../../assessment/scoring/gap-report-schema';
import { findSource } from '../../assessment/sources';
import { RESULTS_TEXT } from './results-text';

/** Hours needed against hours available, the FTE balance, and the clinical time of go-live. */
export function WorkloadSection({ report }: { report: GapReport }) {
  const { workload } = report;
  const { goLive } = workload;
  const weeks = goLive.scheduleByWeek.map((share, index) => RESULTS_TEXT.scheduleWeek(index + 1, share)).join(', ');
  return (
    <section className="app-report-section" aria-labelledby="workload-heading">
      <h2 id="workload-heading">{RESULTS_TEXT.workloadHeading}</h2>
      <p>{RESULTS_TEXT.workloadIntro}</p>
      <dl className="app-figures">
        <div>
          <dt>{RESULTS_TEXT.totalNeeded}</dt>
          <dd>
            {RESULTS_TEXT.hours(workload.requiredHours)} ({RESULTS_TEXT.fte(workload.requiredFte)}), {RESULTS_TEXT.weeks(workload.timelineWeeks)}
          </dd>
        </div>
        <div>
          <dt>{RESULTS_TEXT.available}</dt>
          <dd>
            {RESULTS_TEXT.hours(workload.availableHours)} ({RESULTS_TEXT.fte(workload.availableFte)}). {RESULTS_TEXT.hoursBasis[workload.itHoursBasis]}
          </dd>
        </div>
        <div>
          <dt>{RESULTS_TEXT.balance}</dt>
          <dd className={workload.status === 'shortfall' ? 'app-shortfall' : undefined}>
            {workload.status === 'shortfall' ? RESULTS_TEXT.shortfall(workload.fteBalance) : RESULTS_TEXT.surplus(workload.fteBalance)}; {RESULTS_TEXT.wisn(workload.wisnRatio)}
          </dd>
        </div>
      </dl>

      <div className="app-two-col">
        <div>
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

        <div>
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
                        {role.people}
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
                <li>{RESULTS_TEXT.supportPeople(goLive.supportPeople)}</li>
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
