import { describe, expect, test } from 'vitest';
import { GLOSSARY, glossaryTermsUsed, type GlossaryEntry } from '../../src/assessment/glossary';
import { reportTexts } from '../../src/assessment/report-texts';
import { SHARED_IT_FORM_TEXTS } from '../../src/assessment/scoring/recommendation-texts';
import { scoreAssessment } from '../../src/assessment/scoring/score-assessment';
import { findSource } from '../../src/assessment/sources';
import { PROFILES } from './profiles';

const ids = (entries: readonly GlossaryEntry[]) => entries.map((entry) => entry.id);
const used = (...texts: string[]) => ids(glossaryTermsUsed(texts));

describe('glossaryTermsUsed', () => {
  test('finds the terms a text uses', () => {
    expect(used('A shortfall of 0.40 FTE before go-live.')).toEqual(['fte', 'go-live']);
    expect(used('Nothing technical here.')).toEqual([]);
    expect(used()).toEqual([]);
  });

  test('finds a term by any of its variants, spelled out, hyphenated or quoted', () => {
    expect(used('Count staff in full-time equivalents.')).toEqual(['fte']);
    expect(used('Ask your health center controlled network.')).toEqual(['hccn']);
    expect(used('When do you plan to go live?')).toEqual(['go-live']);
    expect(used('the week after going live')).toEqual(['go-live']);
    expect(used('Require a knowledge-transfer plan.')).toEqual(['knowledge-transfer']);
    expect(used('The consultant transfers the knowledge of the system to your team.')).toEqual(['knowledge-transfer']);
    expect(used('Include the "soft" skills in training.')).toEqual(['soft-skills']);
    expect(used('Train super users.')).toEqual(['super-user']);
    expect(used('Share with a managed IT service that covers several small sites.')).toEqual(['msp']);
  });

  test('matches plurals and other endings the report writes', () => {
    expect(used('Interfaces (lab, pharmacy) are built during implementation.')).toEqual(['interface']);
    expect(used('experience with interfacing')).toEqual(['interface']);
    expect(used('Train about 3 super-users.')).toEqual(['super-user']);
    expect(used('several RECs closed')).toEqual(['rec']);
    expect(used('EHRs and HIEs')).toEqual(['ehr', 'hie']);
    expect(used("the FTE's hours, the HIE’s fee")).toEqual(['fte', 'hie']);
  });

  test('returns the entries in glossary order, each once, whatever the order in the text', () => {
    expect(used('WISN ratio 0.50', 'Backfill the front desk.', 'backfill again; WISN again')).toEqual(['backfill', 'wisn', 'wisn-ratio']);
  });

  test('does not match a term inside another word', () => {
    expect(used('Every answer is recorded in the patient record, with precise records.')).toEqual([]);
    expect(used('the hierarchy of their chiefs')).toEqual([]);
    expect(used('an interfacer overshadowing the backfills')).toEqual(['backfill']);
    expect(used('A prefTE or FTEX code')).toEqual([]);
    // Letters of other scripts count as letters too, on either side.
    expect(used('ÉREC, RECé, FTE2 and 2FTE')).toEqual([]);
    // A later occurrence counts when the first is inside a word.
    expect(used('records, then one REC')).toEqual(['rec']);
  });

  test('an acronym matches in capitals only; words in any case', () => {
    expect(used('a rec room')).toEqual([]);
    expect(used('an msp')).toEqual([]);
    expect(used('Regional Extension Center')).toEqual(['rec']);
    expect(used('INTERFACE')).toEqual(['interface']);
  });
});

/** The terms issue 13 names, and those the report uses besides. */
const REQUIRED = [
  'fte',
  'wisn',
  'hccn',
  'rec',
  'msp',
  'interface',
  'go-live',
  'super-user',
  'at-the-elbow',
  'backfill',
  'knowledge-transfer',
  'acceptance-testing',
  'ehr',
  'hie',
  'wisn-ratio',
  'data-conversion',
];

/** Statements of fact: a number, a date, who funds or does what, what usually happens. */
const CLAIM = /\d|HRSA|ONC|World Health|federal|fund|law|\bAct\b|Toolbox|vendors? (suggest|usually)|usually|often|most|rarely|many|some\b/i;

/** Capitals a clinic manager reads every day, or that spell out what they are. */
const KNOWN_CAPITALS = new Set(['IT', 'WHO', 'US', 'PDF', 'CSV']);

describe('the glossary', () => {
  test('has every term the issue names, each once', () => {
    for (const id of REQUIRED) expect(ids(GLOSSARY), id).toContain(id);
    expect(new Set(ids(GLOSSARY)).size).toBe(GLOSSARY.length);
  });

  test('is in alphabetical order, as printed', () => {
    const terms = GLOSSARY.map((entry) => entry.term.toLowerCase());
    expect(terms).toEqual([...terms].sort());
  });

  test.each(GLOSSARY.map((entry) => [entry.term, entry] as const))('%s: found by its own term, defined in one or two sentences', (_term, entry) => {
    expect(used(entry.term)).toContain(entry.id);
    const sentences = entry.definition.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '');
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(2);
    expect(entry.definition.length).toBeLessThan(330);
  });

  test.each(GLOSSARY.map((entry) => [entry.term, entry] as const))('%s: a definition that states a fact cites a known source', (_term, entry) => {
    if (CLAIM.test(entry.definition)) expect(entry.source, entry.definition).toBeDefined();
    if (entry.source) expect(findSource(entry.source)).toBeDefined();
  });

  test('definitions use no acronym the glossary does not explain', () => {
    for (const entry of GLOSSARY) {
      for (const acronym of entry.definition.match(/\b[A-Z]{2,}s?\b/g) ?? []) {
        if (!KNOWN_CAPITALS.has(acronym)) expect(used(acronym), `${entry.id}: ${acronym}`).not.toEqual([]);
      }
    }
  });

  test('the shared-IT forms cite sources that say what their explanations say', () => {
    expect(SHARED_IT_FORM_TEXTS.hccn.source).toBe('hccn');
    expect(SHARED_IT_FORM_TEXTS.rec.source).toBe('rec');
    expect(SHARED_IT_FORM_TEXTS.msp.source).toBe('msp');
    expect(findSource('rec')?.note).toMatch(/2014 to 2016/);
    expect(SHARED_IT_FORM_TEXTS.rec.explanation).toMatch(/funding ended around 2014 to 2016/);
    expect(SHARED_IT_FORM_TEXTS.rec.explanation).not.toMatch(/several still operate/);
    expect(SHARED_IT_FORM_TEXTS.msp.explanation).toMatch(/interfaces/);
  });
});

/**
 * Words a clinic manager may not know, written as the report may write them, and the entry that
 * must explain each: found independently of the glossary's own variants.
 */
const JARGON: [RegExp, string][] = [
  [/\bFTEs?\b|full-time equivalent/i, 'fte'],
  [/\bWISN\b/, 'wisn'],
  [/WISN ratio/, 'wisn-ratio'],
  [/\bHCCNs?\b|health center controlled network/i, 'hccn'],
  [/\bRECs?\b|regional extension cent/i, 'rec'],
  [/managed (IT )?service/i, 'msp'],
  [/\binterfac/i, 'interface'],
  [/\bgo(ing|es)?[ -]live\b/i, 'go-live'],
  [/super-?users?/i, 'super-user'],
  [/at the elbow/i, 'at-the-elbow'],
  [/backfill/i, 'backfill'],
  [/knowledge[ -]transfer|transfers? (the )?knowledge/i, 'knowledge-transfer'],
  [/acceptance (testing|criteria)/i, 'acceptance-testing'],
  [/\bEHRs?\b/, 'ehr'],
  [/\bHIE\b/, 'hie'],
  [/data (conversion|migration)/i, 'data-conversion'],
  [/\bHITECH\b/, 'hitech'],
  [/\bHRSA\b/, 'hrsa'],
];

const NAMED = [
  'rural single-site clinic with nobody doing IT',
  'experienced but overloaded IT with access to an HCCN',
  'IT with time but no interfacing experience',
  'everything weak',
  'all "don\'t know"',
  'overloaded IT at a three-site organization that prefers temporary help',
];

describe.each(NAMED)('the report for "%s"', (name) => {
  const profile = PROFILES.find((candidate) => candidate.name === name);
  if (!profile) throw new Error(`no profile named ${name}`);
  const texts = reportTexts(scoreAssessment(profile.answers), profile.answers);
  const found = used(...texts);

  test('explains every term it uses that a clinic manager may not know', () => {
    const joined = texts.join('\n');
    for (const [pattern, id] of JARGON) if (pattern.test(joined)) expect(found, `${id} (${String(pattern)})`).toContain(id);
  });

  test('uses no acronym the glossary does not explain', () => {
    for (const acronym of new Set(texts.join('\n').match(/\b[A-Z]{2,}s?\b/g) ?? [])) {
      if (!KNOWN_CAPITALS.has(acronym)) expect(used(acronym), acronym).not.toEqual([]);
    }
  });
});

test('a report naming shared IT explains the networks it names; one without a consultant has no contract terms', () => {
  const byName = (name: string) => {
    const profile = PROFILES.find((candidate) => candidate.name === name);
    if (!profile) throw new Error(name);
    return used(...reportTexts(scoreAssessment(profile.answers), profile.answers));
  };
  expect(byName('experienced but overloaded IT with access to an HCCN')).toEqual(expect.arrayContaining(['hccn', 'rec', 'msp', 'fte', 'wisn']));
  const strong = byName('everything strong');
  expect(strong).toEqual(expect.arrayContaining(['ehr', 'go-live', 'interface', 'super-user']));
  expect(strong).not.toContain('hccn');
  expect(strong).not.toContain('project-charter');
  expect(strong).not.toContain('acceptance-testing');
});
