import fc from 'fast-check';
import { expect, test } from 'vitest';
import { atAGlance } from '../../../src/assessment/at-a-glance';
import { meetingQuestionsFor, nextStepsFor, workloadBalance } from '../../../src/assessment/report-content';
import type { Answers } from '../../../src/assessment/schema';
import { k } from '../../../src/assessment/scoring/constants';
import { scoreAssessment } from '../../../src/assessment/scoring/score-assessment';
import { effectiveAnswers, isQuestionVisible } from '../../../src/assessment/visibility';
import { getQuestion } from '../../../src/assessment/question-bank';
import { unvalidatedAnswersArb } from '../arbitraries';
import { PROFILES } from '../profiles';

// Advice that must fit the organization it is given to: what a consultant would not say to it.

function profile(name: string): Answers {
  const found = PROFILES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no profile named ${name}`);
  return found.answers;
}

function gapAction(answers: Answers, id: string): string | undefined {
  return scoreAssessment(answers).gaps.find((gap) => gap.id === id)?.action;
}

test.each([
  ['health-center', /health center controlled network \(HCCN\) or primary care association/],
  ['rural-health-clinic', /State Office of Rural Health what assistance it offers/],
  ['critical-access-hospital', /State Office of Rural Health and the state's Flex program/],
])('without a budget for outside help, a %s is pointed to where it can ask for assistance', (type, where) => {
  const action = gapAction({ ...profile('everything weak'), 'org-type': type }, 'no-outside-budget');
  expect(action).toMatch(where);
  // Regional extension centers lost their federal funding around 2014-2016: none is named as funded help.
  expect(action).not.toMatch(/\bREC\b|funded/);
});

test('a private practice without a budget is not sent to networks it cannot join', () => {
  const action = gapAction(profile('everything weak'), 'no-outside-budget');
  expect(action).toBe('Budget for the help named in the recommendation, or cut the scope or move the date to fit your own staff.');
});

test('property: the workload never reads "about even" beside a major or critical shortfall of hours', () => {
  fc.assert(
    fc.property(unvalidatedAnswersArb, (answers) => {
      const report = scoreAssessment(answers);
      const shortfall = report.gaps.find((gap) => gap.id === 'it-capacity-shortfall');
      if (shortfall && shortfall.severity !== 'minor') expect(workloadBalance(report, effectiveAnswers(answers)).kind).toBe('shortfall');
    }),
    { numRuns: 300 },
  );
});

test('a small project a quarter short of hours is short, not "about even", though under 0.1 FTE', () => {
  const answers: Answers = { ...profile('one experienced IT person with the hours'), 'project-scope': ['telehealth'], hosting: 'vendor-hosted', 'go-live': '6-12' };
  const tight = { ...answers, 'it-project-hours': Math.max(0, Math.floor(scoreAssessment(answers).workload.requiredHours / (26 * 0.88)) - 1) };
  const report = scoreAssessment(tight);
  const balance = workloadBalance(report, tight);
  expect(report.workload.wisnRatio).toBeLessThan(0.95);
  expect(Math.abs(report.workload.fteBalance)).toBeLessThan(0.1);
  expect(balance.kind).toBe('shortfall');
});

test.each([
  [2, /^The project needs about 7 hours a week beyond your IT staff's time \(about 0\.2 FTE\), too little for a post of its own/],
  [8, /^The project needs about 1 hour a week beyond your IT staff's time, too little for a post of its own: (make it part of the hire you plan|hire only if the post also covers ongoing work)/],
])('a planned hire for a shortfall too small for a post (%i project hours a week) is not sized as a fraction of a post', (hours, text) => {
  const answers = { ...profile('short of hours, prefers hiring, go-live in over a year'), 'it-project-hours': hours };
  const hire = scoreAssessment(answers).recommendation.mix.find((item) => item.provider === 'hire');
  expect(hire?.text).toMatch(text);
  expect(hire?.text).not.toMatch(/Hire about 0\.\d FTE/);
  // Nothing else urges recruiting for it.
  const report = scoreAssessment(answers);
  expect(report.recommendation.conditions.map((item) => item.id)).not.toContain('hire-early');
  expect(report.recommendation.reasons.map((item) => item.id)).not.toContain('planned-hire');
  expect(report.recommendation.reasons.map((item) => item.id)).not.toContain('prefer-hire');
  // Nor does the headline: it finds the hours without a post for the project alone.
  expect(report.recommendation.headline).not.toMatch(/^Hire/);
  expect(report.recommendation.headline).toMatch(/^Keep the project in-house .* without a new post for the project alone/);
});

test('a shortfall of half a post or more is sized as a hire', () => {
  const answers = {
    ...profile('short of hours, prefers hiring, go-live in over a year'),
    'it-project-hours': 0,
    'project-scope': ['new-ehr', 'interfaces', 'telehealth'],
    'interface-count': 6,
    'facility-count': 4,
  };
  const report = scoreAssessment(answers);
  const hire = report.recommendation.mix.find((item) => item.provider === 'hire');
  expect(-report.workload.fteBalance).toBeGreaterThanOrEqual(0.5);
  expect(hire?.text).toMatch(/^Hire about \d\.\d FTE of IT staff for the project, starting now\.$/);
});

test('a rural health clinic that says it could share IT with an HCCN is not told clinics like it are not HCCN members', () => {
  const clinic = { ...profile('rural single-site clinic with nobody doing IT'), 'org-type': 'rural-health-clinic' };
  const reasonIds = (answers: Answers) => scoreAssessment(answers).recommendation.reasons.map((reason) => reason.id);
  expect(reasonIds({ ...clinic, 'shared-it-access': ['none'] })).toContain('rural-clinic-sources');
  expect(reasonIds({ ...clinic, 'shared-it-access': ['hccn', 'rec'] })).not.toContain('rural-clinic-sources');
});

test('a critical access hospital keeping full schedules is told to cover them, not to reduce clinic schedules; its workflows are a hospital’s', () => {
  const hospital = { ...profile('critical access hospital replacing its EHR in one go-live'), 'clinical-load': 'full', 'existing-workflows': 'no' };
  expect(gapAction(hospital, 'clinical-load')).toMatch(/^Arrange backfill \(agency or float staff\) and overtime/);
  expect(gapAction(hospital, 'clinical-load')).not.toMatch(/clinic schedules|lost visits/);
  expect(gapAction(hospital, 'existing-workflows')).toMatch(/admission, in the emergency department, for orders, medication administration and discharge/);
  const steps = nextStepsFor(scoreAssessment(hospital), effectiveAnswers(hospital));
  expect(steps.find((step) => step.id === 'protect')?.text).toMatch(/^Cover clinical staff with backfill and overtime/);
  expect(steps.map((step) => step.text).join(' ')).not.toMatch(/Reduce clinical schedules/);
  const clinic = { ...hospital, 'org-type': 'health-center' };
  expect(gapAction(clinic, 'clinical-load')).toMatch(/^Reduce clinic schedules .* \(the workload estimate shows an example schedule/);
  expect(gapAction(clinic, 'existing-workflows')).toMatch(/check-in, rooming, the visit and checkout/);
});

test('telehealth only: the clinical-load action points to no example schedule, as the estimate has none', () => {
  const telehealth = { ...profile('small practice adding telehealth, IT done on the side by an experienced office manager'), 'clinical-load': 'full' };
  const report = scoreAssessment(telehealth);
  expect(report.workload.goLive.scheduleByWeek).toEqual([]);
  expect(report.gaps.find((gap) => gap.id === 'clinical-load')?.action).not.toMatch(/example schedule/);
});

test('for a first EHR, the estimate is set beside the one published measure of the effort, and called a floor', () => {
  const assumptions = (answers: Answers) => scoreAssessment(answers).workload.assumptions;
  const published = assumptions(profile('everything strong')).find((item) => item.id === 'published-effort');
  expect(published).toMatchObject({ sourceId: 'fleming-2011' });
  expect(published?.text).toMatch(/611 hours .* 134 end-user hours per physician .* read it as a floor\.$/);
  expect(assumptions({ ...profile('everything strong'), 'project-scope': ['telehealth'] }).map((item) => item.id)).not.toContain('published-effort');
  // The study is of primary care practices: not set beside a hospital's estimate.
  expect(assumptions({ ...profile('everything strong'), 'org-type': 'critical-access-hospital' }).map((item) => item.id)).not.toContain('published-effort');
});

test('a network project is not rated on the clinical go-live questions it is not asked', () => {
  const network: Answers = { ...profile('everything strong'), 'project-scope': ['network-hardware'] };
  const report = scoreAssessment(network);
  const implementation = report.areas.find((item) => item.id === 'implementation');
  expect(implementation?.questionIds).not.toContain('clinical-load');
  expect(implementation?.questionIds).not.toContain('super-users');
  expect(implementation?.level).not.toBe('not-ready');
  expect(implementation?.score).toBe(scoreAssessment({ ...network, 'clinical-load': 'full', 'super-users': 'no' }).areas.find((item) => item.id === 'implementation')?.score);
});

test('the first page and the next steps agree on funding: both when outside help is named and unfunded, neither otherwise', () => {
  const decisionAndSteps = (answers: Answers) => {
    const report = scoreAssessment(answers);
    const effective = effectiveAnswers(answers);
    return { decision: atAGlance(report, effective, {}).decision.id, steps: nextStepsFor(report, effective).map((step) => step.id) };
  };
  // In-house with a consultant for interfacing, and no budget: the consultant must be paid for.
  const inHouse = decisionAndSteps({ ...profile('IT with time but no interfacing experience'), 'outside-budget': 'none' });
  expect(inHouse.decision).toBe('funding');
  expect(inHouse.steps).toContain('fund-outside-help');
  // The same with a budget: no funding decision, no funding step.
  const funded = decisionAndSteps({ ...profile('IT with time but no interfacing experience'), 'outside-budget': 'yes' });
  expect(funded.decision).not.toBe('funding');
  expect(funded.steps).not.toContain('fund-outside-help');
});

test('the clinical champion is a provider or a nurse only where there are nurses to ask', () => {
  const withNurses: Answers = { ...profile('everything strong'), 'clinical-champion': 'no' };
  const withoutNurses: Answers = { ...withNurses, 'staff-count-nurses': 0 };
  const championStep = (answers: Answers) => nextStepsFor(scoreAssessment(answers), effectiveAnswers(answers)).find((step) => step.id === 'champion')?.text;
  expect(gapAction(withNurses, 'clinical-champion')).toMatch(/^Ask a respected provider or nurse to champion/);
  expect(championStep(withNurses)).toMatch(/a respected provider or nurse who backs/);
  expect(gapAction(withoutNurses, 'clinical-champion')).toMatch(/^Ask a respected provider to champion/);
  expect(championStep(withoutNurses)).toMatch(/a respected provider who backs/);
  // No text of the report speaks of nurses (the question ids still list their head count).
  expect(JSON.stringify(scoreAssessment(withoutNurses)).replaceAll('staff-count-nurses', '')).not.toMatch(/nurse/i);
});

test('the staff and soft-skill areas name only the roles the organization has and the skills its scope needs', () => {
  const summary = (answers: Answers, id: string) => scoreAssessment(answers).areas.find((item) => item.id === id)?.summary;
  const base = profile('everything strong');
  expect(summary(base, 'staff-skills')).toBe('How comfortable your clerical and front-desk staff, medical assistants, nurses, and providers are with computers and this kind of system.');
  expect(summary({ ...base, 'staff-count-nurses': 0 }, 'staff-skills')).not.toMatch(/nurses/);
  const nobody = { ...base, 'staff-count-clerical': 0, 'staff-count-medical-assistants': 0, 'staff-count-nurses': 0, 'staff-count-providers': 0 };
  expect(summary(nobody, 'staff-skills')).toBe(summary(base, 'staff-skills'));
  expect(summary(base, 'soft-skills')).toMatch(/: using the EHR in the exam room\.$/);
  expect(summary({ ...base, 'project-scope': ['telehealth'] }, 'soft-skills')).toMatch(/: running video visits that still feel personal\.$/);
  expect(summary({ ...base, 'project-scope': ['new-ehr', 'telehealth'] }, 'soft-skills')).toMatch(/exam room and running video visits/);
});

test('a critical access hospital has no practice manager: the administrator owns those gaps', () => {
  const hospital = { ...profile('everything weak'), 'org-type': 'critical-access-hospital' };
  const owners = new Set(scoreAssessment(hospital).gaps.map((gap) => gap.owner));
  expect(owners).toContain('Hospital administrator');
  expect([...owners].join(' ')).not.toMatch(/practice manager/i);
  expect(new Set(scoreAssessment(profile('everything weak')).gaps.map((gap) => gap.owner))).toContain('Practice manager');
});

test('an interfaces-only project maps how orders and results flow, not the visit', () => {
  const interfaces: Answers = { ...profile('everything strong'), 'project-scope': ['interfaces'], 'interface-count': 2, 'existing-workflows': 'no' };
  expect(gapAction(interfaces, 'existing-workflows')).toMatch(/who does what today with orders, results and referrals/);
  expect(gapAction(interfaces, 'existing-workflows')).not.toMatch(/check-in|rooming/);
});

test('with a referral in hand, the next step starts from it and compares it with one other proposal', () => {
  const steps = (relationship: string) => {
    const answers: Answers = { ...profile('overloaded IT at a three-site organization that prefers temporary help'), 'consultant-relationship': relationship };
    return nextStepsFor(scoreAssessment(answers), effectiveAnswers(answers)).map((step) => step.id);
  };
  expect(steps('referral')).toContain('consultant-referral');
  expect(steps('referral')).not.toContain('consultant-find');
  expect(steps('none')).toContain('consultant-find');
  expect(steps('none')).not.toContain('consultant-referral');
});

test('a headline with areas known to be lacking and areas not known yet says both, without stating the unknown as fact', () => {
  const answers: Answers = { ...profile('everything strong'), 'exp-technology': 'none', 'exp-networking': 'dont-know', 'it-project-hours': 2 };
  const { recommendation } = scoreAssessment(answers);
  const reason = recommendation.reasons.find((item) => item.id === 'expertise-lacking')?.text;
  expect(reason).toBe("Your IT staff are not yet experienced with this type of system, and you don't know yet how experienced they are with networking. The project needs that work.");
});

test('on a vendor-hosted system the consultant is contracted for what the vendor’s implementation services leave out', () => {
  const conditionIds = (answers: Answers) => scoreAssessment(answers).recommendation.conditions.map((item) => item.id);
  const weak: Answers = { ...profile('small private practice on a vendor-hosted EHR, with one contractor'), 'exp-technology': 'none', 'exp-installation': 'none', 'exp-interfacing': 'none' };
  expect(scoreAssessment(weak).recommendation.mix.some((item) => item.provider === 'consultant')).toBe(true);
  expect(conditionIds(weak)).toContain('vendor-first');
  expect(conditionIds({ ...weak, hosting: 'own-servers' })).not.toContain('vendor-first');
  // Without a consultant in the plan, there is no consultant's scope to set.
  expect(conditionIds(profile('everything strong'))).not.toContain('vendor-first');
});

test('an interfaces-only project is judged on the support areas it has hours for, and is not asked about the others', () => {
  const interfaces: Answers = {
    ...profile('everything strong'),
    'project-scope': ['interfaces'],
    'interface-count': 2,
    'exp-technology': 'none',
    'exp-installation': 'none',
    'exp-networking': 'dont-know',
    'exp-interfacing': 'none',
  };
  const report = scoreAssessment(interfaces);
  expect(report.workload.hoursByArea.map((item) => item.area)).toEqual(['interfacing', 'security']);
  expect(report.workload.hoursByArea.every((item) => item.hours > 0)).toBe(true);
  expect(report.recommendation.mix.map((item) => item.area)).toEqual(['interfacing']);
  expect(report.gaps.map((gap) => gap.id)).not.toContain('find-out-experience');
  expect(report.recommendation.status).toBe('firm');
  for (const id of ['exp-technology', 'exp-installation', 'exp-networking']) expect(isQuestionVisible(getQuestion(id), interfaces)).toBe(false);
  expect(isQuestionVisible(getQuestion('exp-interfacing'), interfaces)).toBe(true);
});

test('property: every FTE shortfall the report prints is the difference of the FTE figures printed beside it', () => {
  fc.assert(
    fc.property(unvalidatedAnswersArb, (answers) => {
      const report = scoreAssessment(answers);
      const { workload } = report;
      const printed = Math.round((workload.requiredFte - workload.availableFte) * 10) / 10;
      const effective = effectiveAnswers(answers);
      const balance = workloadBalance(report, effective);
      if (balance.kind === 'shortfall') expect(balance.fte.toFixed(1)).toBe(printed.toFixed(1));
      const shortfall = report.gaps.find((gap) => gap.id === 'it-capacity-shortfall');
      const inGap = shortfall?.explanation.match(/about (\d+\.\d) FTE/)?.[1];
      if (inGap !== undefined) expect(inGap).toBe(printed.toFixed(1));
    }),
    { numRuns: 300 },
  );
});

test('the hours a week of a shortfall say that leave is allowed for, and cover the hours short once it is', () => {
  const answers: Answers = { ...profile('everything strong'), 'it-project-hours': 4 };
  const explanation = scoreAssessment(answers).gaps.find((gap) => gap.id === 'it-capacity-shortfall')?.explanation ?? '';
  const [, short, weekly, weeks] = explanation.match(/about (\d+) hours short, or (\d+) hours a week with leave allowed for/)?.concat(String(scoreAssessment(answers).workload.timelineWeeks)) ?? [];
  expect(Number(weekly)).toBeGreaterThan(Number(short) / Number(weeks));
  expect(Number(weekly) * Number(weeks) * (1 - k('absenceShare'))).toBeGreaterThanOrEqual(Number(short));
});

test('soft-skill practice is planned for the visits the project changes: the exam room, video visits, or both', () => {
  const action = (scope: string[]) => gapAction({ ...profile('everything weak'), 'project-scope': scope, 'soft-training': 'no' }, 'soft-training');
  expect(action(['new-ehr'])).toMatch(/training plan, for the exam room\.$/);
  expect(action(['telehealth'])).toMatch(/training plan, for video visits\.$/);
  expect(action(['new-ehr', 'telehealth'])).toMatch(/for the exam room and for video visits\.$/);
});

test('where nobody does IT, the internet action asks the IT help brought in, in a sentence that reads', () => {
  const action = gapAction({ ...profile('rural single-site clinic with nobody doing IT'), 'site-internet': 'unreliable' }, 'site-internet');
  expect(action).toMatch(/^Ask the IT help you bring in to measure each site/);
});

test.each<[string, Answers, string, 'critical' | 'major' | 'minor']>([
  ['a vendor-hosted EHR', { hosting: 'vendor-hosted' }, 'unreliable', 'critical'],
  ['a vendor-hosted EHR', { hosting: 'vendor-hosted' }, 'sometimes', 'major'],
  ['video visits on own servers', { 'project-scope': ['new-ehr', 'telehealth'] }, 'unreliable', 'critical'],
  ['an EHR on its own servers', {}, 'unreliable', 'major'],
  ['an EHR on its own servers', {}, 'sometimes', 'minor'],
])('the internet gap counts as the connection matters to %s (%o, answer %s: %s)', (_name, change, answer, severity) => {
  const answers: Answers = { ...profile('everything strong'), ...change, 'site-internet': answer };
  expect(scoreAssessment(answers).gaps.find((gap) => gap.id === 'site-internet')?.severity).toBe(severity);
});

test('answers that cannot both hold as they stand are put to the meeting, not taken at their word', () => {
  const questions = (answers: Answers) => meetingQuestionsFor(scoreAssessment(answers), effectiveAnswers(answers)).map((item) => item.id);
  const base = profile('everything strong');
  expect(questions({ ...base, 'it-routine-load': 'over-90', 'it-project-hours': 8 })).toContain('stretched-hours');
  expect(questions({ ...base, 'it-routine-load': 'over-90', 'it-project-hours': 0 })).not.toContain('stretched-hours');
  expect(questions({ ...base, 'it-routine-load': '50-75', 'it-project-hours': 8 })).not.toContain('stretched-hours');
  expect(questions({ ...base, 'no-hiring-feasible': 'yes', 'it-project-hours': 2 })).toContain('no-hiring-check');
  expect(questions(base)).not.toContain('no-hiring-check');
  const text = meetingQuestionsFor(
    scoreAssessment({ ...base, 'it-routine-load': 'over-90', 'it-project-hours': 8 }),
    effectiveAnswers({ ...base, 'it-routine-load': 'over-90', 'it-project-hours': 8 }),
  ).find((item) => item.id === 'stretched-hours')?.text;
  expect(text).toMatch(/counted 8 hours a week from them/);
});

test('figures built on estimated head counts say so in the next steps; counted ones do not', () => {
  const steps = (answers: Answers) => nextStepsFor(scoreAssessment(answers), effectiveAnswers(answers));
  const weak = { ...profile('everything weak'), 'clinical-load': 'full', 'super-users': 'no' };
  const unknown = { ...weak, 'staff-count-providers': 'dont-know', 'staff-count-other': 'dont-know' };
  expect(scoreAssessment(unknown).workload.usersBasis).toBe('estimated');
  const text = (answers: Answers, id: string) => steps(answers).find((step) => step.id === id)?.text ?? '';
  expect(text(unknown, 'protect')).toMatch(/hours \(estimated, as some head counts are not known yet\) of staff time/);
  expect(text(unknown, 'super-users')).toMatch(/\(from estimated head counts\)/);
  expect(text(weak, 'protect')).toMatch(/of staff time/);
  expect(text(weak, 'protect')).not.toMatch(/estimated/);
  expect(text(weak, 'super-users')).not.toMatch(/estimated/);
});

test('video visits alone: clinicians get time to practise, not an EHR go-live of reduced schedules and elbow support', () => {
  const video: Answers = { ...profile('small practice adding telehealth, IT done on the side by an experienced office manager'), 'clinical-load': 'full' };
  const report = scoreAssessment(video);
  const load = report.gaps.find((gap) => gap.id === 'clinical-load');
  expect(load?.severity).toBe('major');
  expect(load?.action).toMatch(/^Block time in each clinician's schedule for training and practice video visits/);
  expect(report.workload.goLive.support).toBe('first-video-visits');
  expect(report.workload.goLive.supportPeople).toBe(0);
  const protect = nextStepsFor(report, effectiveAnswers(video)).find((step) => step.id === 'protect')?.text;
  expect(protect).toMatch(/^Block time in clinicians' schedules for training and practice video visits, rather than/);
  // With an EHR the same answer stays critical, with elbow support counted.
  const ehr = scoreAssessment({ ...video, 'project-scope': ['new-ehr', 'telehealth'] });
  expect(ehr.gaps.find((gap) => gap.id === 'clinical-load')?.severity).toBe('critical');
  expect(ehr.workload.goLive.support).toBe('at-the-elbow');
  expect(ehr.workload.goLive.supportPeople).toBeGreaterThan(0);
});

test('a critical access hospital going live on an EHR counts support on every shift, and a handover with on-call cover', () => {
  // Nobody does IT and no shared IT is in reach: a consultant carries the project.
  const hospital: Answers = { ...profile('rural single-site clinic with nobody doing IT'), 'org-type': 'critical-access-hospital', 'shared-it-access': ['none'] };
  const report = scoreAssessment(hospital);
  expect(report.recommendation.primary).toBe('consultant');
  expect(report.workload.goLive.support).toBe('at-the-elbow-per-shift');
  const conditions = report.recommendation.conditions.map((item) => item.id);
  expect(conditions).toContain('knowledge-owner-hospital');
  expect(conditions).not.toContain('knowledge-owner');
  const clinic = scoreAssessment({ ...hospital, 'org-type': 'rural-health-clinic' });
  expect(clinic.workload.goLive.support).toBe('at-the-elbow');
  expect(clinic.recommendation.conditions.map((item) => item.id)).not.toContain('knowledge-owner-hospital');
});

test('shared IT through a managed IT service alone leaves the EHR set-up to the vendor, in the headline too', () => {
  const answers: Answers = { ...profile('rural single-site clinic with nobody doing IT'), 'shared-it-access': ['msp'] };
  const { recommendation } = scoreAssessment(answers);
  expect(recommendation.primary).toBe('shared-it');
  expect(recommendation.headline).toMatch(/managed IT service, and the EHR's set-up and interfaces from your EHR vendor/);
  // Not for video visits alone, nor where a network that can set up an EHR is also in reach.
  expect(scoreAssessment({ ...answers, 'project-scope': ['telehealth'] }).recommendation.headline).not.toMatch(/EHR vendor/);
  expect(scoreAssessment({ ...answers, 'shared-it-access': ['msp', 'sister'] }).recommendation.headline).not.toMatch(/EHR vendor/);
});

test('super-users are chosen in proportion: one for a handful of users, one in ten beyond, from every site only where there are several', () => {
  const base: Answers = { ...profile('everything strong'), 'super-users': 'no' };
  expect(gapAction(base, 'super-users')).toBe('Choose about one super-user for every ten users, from every role; schedule their extra training.');
  const tiny = { ...base, 'staff-count-clerical': 1, 'staff-count-medical-assistants': 0, 'staff-count-nurses': 0, 'staff-count-providers': 1 };
  expect(gapAction(tiny, 'super-users')).toBe('Choose one super-user; schedule their extra training.');
  expect(gapAction({ ...base, 'facility-count': 3 }, 'super-users')).toMatch(/from every role and site/);
});
