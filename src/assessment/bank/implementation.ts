import type { QuestionDef } from '../bank-schema';

/**
 * A project that changes how clinical staff work day to day (an EHR, video visits): only then is
 * there a clinical go-live to staff, champion and roll out. A network or interface project has
 * none, and its report would otherwise carry clinical gaps that contradict its workload estimate.
 * Asked while the scope is not answered, as the report then assumes a first EHR.
 */
const CLINICAL_GO_LIVE = [{ question: 'project-scope', unlessOnly: ['interfaces', 'network-hardware'] }] as const;
/** Mapping today's work before changing it: for the clinical projects and for interfaces, which change how results and orders flow. */
const CHANGES_WORKFLOWS = [{ question: 'project-scope', unlessOnly: ['network-hardware'] }] as const;

export const IMPLEMENTATION_QUESTIONS = [
  {
    id: 'clinical-load',
    showIf: CLINICAL_GO_LIVE,
    knownBy: 'medical-director',
    kind: 'single',
    label: 'During training and go-live, will clinical staff keep their full patient schedule?',
    why: 'The HRSA Toolbox warns that a full clinical load while implementing leads to delays, cut scope or failure. "Yes" is a critical gap named beside the recommendation, "Not decided yet" a major one.',
    source: 'hrsa-clinical-load',
    options: [
      { value: 'full', label: 'Yes, they keep their full schedule', level: 0 },
      { value: 'undecided', label: 'Not decided yet', level: 1 },
      { value: 'reduced', label: 'No, schedules will be reduced for training and the first weeks', level: 2 },
      { value: 'backfilled', label: 'No, temporary staff will cover part of their work (backfill)', level: 2 },
    ],
  },
  {
    id: 'rollout',
    showIf: CLINICAL_GO_LIVE,
    kind: 'single',
    label: 'How will you roll out the new system?',
    why: 'The HRSA Toolbox advises a gradual implementation. "All at once" or "Not decided yet" becomes a major gap with a rollout that fits your setting; going live one site at a time also lowers the support at go-live the estimate counts.',
    source: 'hrsa-gradual',
    options: [
      { value: 'gradual-site', label: 'Gradually: one site or one service first, then the rest', level: 2 },
      { value: 'gradual-phase', label: 'Gradually: in phases, for example scheduling first, then clinical notes', level: 2 },
      { value: 'all-at-once', label: 'All at once, everywhere on the same day', level: 0 },
      { value: 'undecided', label: 'Not decided yet', level: 0 },
    ],
  },
  {
    id: 'existing-workflows',
    showIf: CHANGES_WORKFLOWS,
    kind: 'single',
    label: 'Will you map how work is done today before changing it?',
    hint: 'Writing down who does what now (check-in, rooming, visit, checkout) and starting the new system from there.',
    why: 'A smooth implementation starts from existing staffing and workflows, as the HRSA Toolbox says. "No" or "Partly" becomes a gap, with an action to write down who does what today and set the new system up from there.',
    source: 'hrsa-gradual',
    allowDontKnow: true,
    options: [
      { value: 'yes', label: 'Yes', level: 2 },
      { value: 'partly', label: 'Partly', level: 1 },
      { value: 'no', label: 'No', level: 0 },
    ],
  },
  {
    id: 'project-lead',
    kind: 'single',
    label: 'Is there a named project lead?',
    why: "Without protected time, the project competes with the lead's usual job. No lead becomes a major gap, a lead on top of their usual job a minor one, each with a next step.",
    source: 'hrsa-clinical-load',
    options: [
      { value: 'protected', label: 'Yes, with protected time for the project', level: 2 },
      { value: 'on-top', label: 'Yes, but on top of their usual job', level: 1 },
      { value: 'no', label: 'No', level: 0 },
    ],
  },
  {
    id: 'clinical-champion',
    showIf: CLINICAL_GO_LIVE,
    knownBy: 'medical-director',
    kind: 'single',
    label: 'Is there a clinical champion?',
    hint: 'A respected provider or nurse who backs the project and speaks for the clinical staff.',
    why: 'Clinical staff carry most of the change, and a champion brings their view into the project. "No" becomes a major gap, "Planned" a minor one, with an action to ask a respected provider or nurse.',
    source: 'hrsa-soft-skills',
    options: [
      { value: 'yes', label: 'Yes', level: 2 },
      { value: 'planned', label: 'Planned, not chosen yet', level: 1 },
      { value: 'no', label: 'No', level: 0 },
    ],
  },
  {
    id: 'super-users',
    showIf: CLINICAL_GO_LIVE,
    kind: 'single',
    label: 'Will some staff be trained as super-users?',
    hint: 'Staff trained ahead of the others who help their co-workers at go-live.',
    why: 'Super-users give support at the elbow during go-live and need extra training time. "No" becomes a major gap, "Planned" a minor one, with an action to choose about one for every ten users.',
    source: 'super-users',
    options: [
      { value: 'yes', label: 'Yes, chosen, with extra training time', level: 2 },
      { value: 'planned', label: 'Planned, not chosen yet', level: 1 },
      { value: 'no', label: 'No', level: 0 },
    ],
  },
] as const satisfies readonly QuestionDef[];
