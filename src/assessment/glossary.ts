import { SCORING_CONSTANTS } from './scoring/constants';
import type { SourceId } from './sources';

/**
 * A term a clinic manager may not know, in plain words. `variants` are the forms the report
 * writes it in (an acronym, the words spelled out, another spelling); a plural "s" or "es" is
 * matched without listing it. A definition that states a fact (a number, a date, who funds or
 * does what) cites its source.
 */
export type GlossaryEntry = {
  id: string;
  term: string;
  variants: readonly string[];
  definition: string;
  source?: SourceId;
};

/** In the order the report prints them: alphabetical by term. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'acceptance-testing',
    term: 'Acceptance testing',
    variants: ['acceptance testing', 'acceptance test', 'acceptance criteria'],
    definition:
      'Checks you run before you accept, and pay for, a piece of work from a consultant or vendor, to see that it does what the contract said. The contract lists these checks in advance as acceptance criteria.',
    source: 'consultant-contract',
  },
  {
    id: 'at-the-elbow',
    term: 'At the elbow',
    variants: ['at the elbow'],
    definition:
      'Support given in person, standing beside staff while they use the new system with real patients, usually in the first days or weeks after go-live. Vendors suggest about one support person per two physicians and one per three or four non-clinical staff.',
    source: 'super-users',
  },
  {
    id: 'backfill',
    term: 'Backfill',
    variants: ['backfill', 'backfilled', 'backfilling'],
    definition: 'Temporary staff who cover part of the usual work of people busy with training or go-live, so that clinic hours and patient care do not suffer.',
    source: 'hrsa-clinical-load',
  },
  {
    id: 'clinical-champion',
    term: 'Clinical champion',
    variants: ['clinical champion'],
    definition: 'A respected provider or nurse who speaks for the clinical staff in the project, helps decide workflows and training, and encourages colleagues through the change.',
  },
  {
    id: 'configuration',
    term: 'Configuration',
    variants: ['configuration', 'configure', 'configured'],
    definition:
      "Setting up the system's options to fit your clinic: forms, order lists, schedules, user roles and what each person may see. It is done in the software's settings, not by programming.",
  },
  {
    id: 'data-conversion',
    term: 'Data conversion (data migration)',
    variants: ['data conversion', 'data migration', 'data conversions', 'converting data', 'migrating data'],
    definition:
      'Moving information such as patient lists, problem lists, medications and appointments from the old system (or paper) into the new one, then checking that nothing was lost or changed on the way.',
  },
  {
    id: 'deliverable',
    term: 'Deliverable',
    variants: ['deliverable'],
    definition: 'Something a consultant or vendor must hand over under the contract, such as a working interface, a trained team or written documentation, by an agreed date.',
    source: 'hrsa-consultant',
  },
  {
    id: 'digital-literacy',
    term: 'Digital literacy',
    variants: ['digital literacy'],
    definition: 'Basic skills with computers and the internet: using a mouse and keyboard, logging in, finding and entering information, and keeping passwords and patient data safe.',
    source: 'digital-skills',
  },
  {
    id: 'ehr',
    term: 'EHR (electronic health record)',
    variants: ['EHR', 'electronic health record'],
    definition: "The software that holds each patient's chart: visit notes, problems, medications, allergies, orders and results. It may also handle scheduling and billing.",
  },
  {
    id: 'fte',
    term: 'FTE (full-time equivalent)',
    variants: ['FTE', 'full-time equivalent'],
    definition: `A way to count staff time: 1 FTE is one person working full time; two people each working half time are also 1 FTE. This report counts 1 FTE as ${SCORING_CONSTANTS.fteHoursPerWeek.value} hours a week.`,
    source: 'wisn',
  },
  {
    id: 'go-live',
    term: 'Go-live',
    variants: ['go-live', 'go live', 'going live', 'goes live', 'went live'],
    definition: 'The day staff start using the new system for real patients, and the first weeks after it, when the project needs the most technical support.',
    source: 'hrsa-support-areas',
  },
  {
    id: 'hccn',
    term: 'HCCN (health center controlled network)',
    variants: ['HCCN', 'health center controlled network'],
    definition:
      "A network of health centers, funded by HRSA, that helps its members use the EHR and their data: training, technical help, security, reporting and group purchasing. Its members are health centers in HRSA's Health Center Program; in 2019, 49 networks supported 1,183 health centers.",
    source: 'hccn',
  },
  {
    id: 'hie',
    term: 'HIE (health information exchange)',
    variants: ['HIE', 'health information exchange'],
    definition: 'A service that lets hospitals, clinics, labs and others in a state or region share patient records electronically. Connecting the new system to one is an interface.',
  },
  {
    id: 'hitech',
    term: 'HITECH Act',
    variants: ['HITECH'],
    definition: 'A federal law of 2009 that paid doctors and hospitals to adopt EHRs and, for a few years, funded the regional extension centers to help them do it.',
    source: 'rec',
  },
  {
    id: 'hrsa',
    term: 'HRSA (Health Resources and Services Administration)',
    variants: ['HRSA', 'Health Resources and Services Administration'],
    definition: 'The federal agency that funds health centers and published the Health IT Toolbox whose personnel questions this assessment asks.',
    source: 'hrsa-toolbox',
  },
  {
    id: 'interface',
    term: 'Interface',
    variants: ['interface', 'interfacing'],
    definition:
      'A link that lets two computer systems send each other information without retyping, for example lab orders out of the EHR and results back in. Each one is built and tested with the vendors of both systems, which takes time.',
    source: 'lab-interfaces',
  },
  {
    id: 'knowledge-transfer',
    term: 'Knowledge transfer',
    variants: ['knowledge transfer', 'transfer knowledge', 'transfers knowledge', 'transfer the knowledge', 'transfers the knowledge', 'transfer the necessary knowledge'],
    definition:
      'The consultant teaching your own staff to run and fix the system, so the know-how stays when the consultant leaves. The HRSA Toolbox says a consultant must do this; the contract should say how, and how you will check it.',
    source: 'hrsa-consultant',
  },
  {
    id: 'msp',
    term: 'Managed service provider (managed IT service)',
    variants: ['managed service provider', 'managed IT service', 'managed service', 'MSP'],
    definition:
      "A company paid by contract, usually by the month, to run an organization's computers, network, security and backups, mostly remotely. Setting up the EHR and building its interfaces is usually the EHR vendor's work rather than part of such a contract.",
    source: 'msp',
  },
  {
    id: 'primary-care-association',
    term: 'Primary care association',
    variants: ['primary care association'],
    definition: 'A state or regional association of health centers. HRSA funds these associations to give health centers in their area training and technical help.',
    source: 'pca',
  },
  {
    id: 'project-charter',
    term: 'Project charter',
    variants: ['project charter'],
    definition: 'A short document, agreed before work starts, that sets out what the project must achieve, what it assumes, and what is in and out of its scope.',
    source: 'consultant-contract',
  },
  {
    id: 'rec',
    term: 'Regional extension center (REC)',
    variants: ['regional extension center', 'REC'],
    definition:
      'An organization set up under the HITECH Act from 2010 to help small and rural practices adopt EHRs. Their federal funding ended around 2014 to 2016; some still help practices, for a fee or with state or other funding, so check that one serves your area and what it charges.',
    source: 'rec',
  },
  {
    id: 'scope-of-work',
    term: 'Scope of work',
    variants: ['scope of work'],
    definition: 'The part of a contract that says exactly what the consultant will do, and so, by leaving it out, what they will not do. The HRSA Toolbox says the contract must define it.',
    source: 'hrsa-consultant',
  },
  {
    id: 'service-level',
    term: 'Service level',
    variants: ['service level', 'service-level agreement', 'SLA'],
    definition: 'A promise in a support contract about how quickly the provider answers and fixes problems, during which hours, and what happens when it does not.',
  },
  {
    id: 'shadowing',
    term: 'Shadowing and reverse shadowing',
    variants: ['reverse shadowing', 'shadowing'],
    definition:
      'Ways of handing over know-how: first your staff watch the consultant do a task (shadowing), then your staff do it while the consultant watches and corrects (reverse shadowing), until they can do it alone.',
    source: 'consultant-contract',
  },
  {
    id: 'soft-skills',
    term: 'Soft technical skills',
    variants: ['soft technical skill', 'soft skill'],
    definition:
      'Using technology without losing the patient: keeping eye contact while typing in the exam room, or making a video visit feel personal. The HRSA Toolbox names them beside the obvious technical needs.',
    source: 'hrsa-soft-skills',
  },
  {
    id: 'super-user',
    term: 'Super-user',
    variants: ['super-user', 'superuser'],
    definition:
      'A staff member, from any role, who gets extra training on the new system and then helps colleagues at the elbow during go-live and after. Vendors suggest 50 to 100% more training time than for other users.',
    source: 'super-users',
  },
  {
    id: 'training-environment',
    term: 'Training environment',
    variants: ['training environment'],
    definition: 'A practice copy of the system with made-up patients, where staff can learn and make mistakes without touching real records.',
  },
  {
    id: 'wisn',
    term: 'WISN (Workload Indicators of Staffing Need)',
    variants: ['WISN', 'Workload Indicators of Staffing Need'],
    definition:
      'A method from the World Health Organization for working out how many staff a workload needs: the hours of work to be done divided by the hours one person can really give, after leave, holidays and training.',
    source: 'wisn',
  },
  {
    id: 'wisn-ratio',
    term: 'WISN ratio',
    variants: ['WISN ratio'],
    definition: 'The staff (or hours) you have divided by the staff (or hours) the work needs. 1 means just enough; below 1 means a shortage, for example 0.5 means half of what is needed.',
    source: 'wisn',
  },
  {
    id: 'workflow',
    term: 'Workflow',
    variants: ['workflow', 'work flow'],
    definition: "The steps of a task and who does each one, for example from check-in to rooming, the visit and checkout. A new system changes workflows, so write down today's first.",
    source: 'hrsa-gradual',
  },
];

/** Between the words of a term: spaces, a hyphen or dash, or quotes (as in the "soft" skills). */
const BETWEEN_WORDS = String.raw`[\s\-–—"“”'‘’]+`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An acronym (FTE, REC) matches in capitals only, so "rec" in a sentence is no term. */
function isAcronym(variant: string): boolean {
  return /^[A-Z]{2,6}$/.test(variant);
}

/** A letter or digit of any script: a term is no term inside a longer word. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * One pattern per variant: the words in order with anything of BETWEEN_WORDS between them and an
 * optional plural ("interface" matches "interfaces"). Acronyms (FTE, REC) match in capitals
 * only; other words match in the lower-cased text. A possessive ("FTE's") needs no pattern: the
 * apostrophe already ends the word.
 */
function variantPattern(variant: string): RegExp {
  const acronym = isAcronym(variant);
  const words = (acronym ? variant : variant.toLowerCase())
    .split(/[\s-]+/)
    .map(escape)
    .join(BETWEEN_WORDS);
  return new RegExp(`${words}${acronym ? 's?' : '(?:s|es)?'}`, 'g');
}

/**
 * Whether `pattern` occurs in `text` with no letter or digit on either side, so "REC" does not
 * match inside "record", nor "interface" in "interfacer". The sides are checked here, with one
 * shared pattern, rather than with `\p{L}` look-arounds in every variant's: those took about
 * 20 ms to compile on a fast machine, nearly all of the glossary's time.
 */
function occursAsWords(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = text[match.index - 1];
    const after = text[match.index + match[0].length];
    if (!(before && LETTER_OR_DIGIT.test(before)) && !(after && LETTER_OR_DIGIT.test(after))) return true;
    pattern.lastIndex = match.index + 1;
  }
  return false;
}

const PATTERNS: ReadonlyMap<string, readonly { pattern: RegExp; acronym: boolean }[]> = new Map(
  GLOSSARY.map((entry) => [entry.id, entry.variants.map((variant) => ({ pattern: variantPattern(variant), acronym: isAcronym(variant) }))]),
);

/** The glossary entries the given report texts use, in glossary order: the printed glossary lists only these. */
export function glossaryTermsUsed(texts: readonly string[]): GlossaryEntry[] {
  const text = texts.join('\n');
  const lower = text.toLowerCase();
  return GLOSSARY.filter((entry) => PATTERNS.get(entry.id)?.some(({ pattern, acronym }) => occursAsWords(pattern, acronym ? text : lower)));
}
