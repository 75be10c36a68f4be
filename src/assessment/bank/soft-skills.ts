import type { QuestionDef } from '../bank-schema';
import { YES_PARTLY_NO } from './scales';

const EHR_IN_SCOPE = { question: 'project-scope', in: ['new-ehr', 'ehr-replacement'] };
const TELEHEALTH_IN_SCOPE = { question: 'project-scope', in: ['telehealth'] };

export const SOFT_SKILLS_QUESTIONS = [
  {
    id: 'soft-exam-room',
    kind: 'single',
    label: 'How well do clinicians use a computer in the exam room while keeping their attention on the patient?',
    hint: 'Think of eye contact, turning the screen to show the patient, and not typing through the conversation.',
    why: 'The HRSA Toolbox names the "soft" skills staff need to use an EHR well in the exam room. "Not yet" or "with difficulty" becomes a gap with practice visits, and the answer sets the soft skills score.',
    source: 'hrsa-soft-skills',
    showIf: [EHR_IN_SCOPE],
    allowDontKnow: true,
    options: [
      { value: 'not-yet', label: 'Not yet: we do not use computers in the exam room', level: 0 },
      { value: 'with-difficulty', label: 'With difficulty: the screen takes attention away from the patient', level: 1 },
      { value: 'reasonably', label: 'Reasonably well', level: 2 },
      { value: 'well', label: 'Well: they keep eye contact and involve the patient', level: 3 },
    ],
  },
  {
    id: 'soft-telehealth',
    kind: 'single',
    label: 'How comfortable are clinicians running a video visit so that it still feels personal?',
    hint: 'Looking at the camera, explaining what is happening, handling a dropped connection calmly.',
    why: 'The HRSA Toolbox asks for video visits that keep the feeling of distance small. "Never" or "uneasy" becomes a gap with practice video visits before go-live, and the answer sets the soft skills score.',
    source: 'hrsa-soft-skills',
    showIf: [TELEHEALTH_IN_SCOPE],
    allowDontKnow: true,
    options: [
      { value: 'never', label: 'They have never done a video visit', level: 0 },
      { value: 'uneasy', label: 'They have, but feel uneasy', level: 1 },
      { value: 'comfortable', label: 'Comfortable', level: 2 },
      { value: 'skilled', label: 'Skilled: patients say it feels like an in-person visit', level: 3 },
    ],
  },
  {
    id: 'patient-internet',
    knownBy: 'nursing-lead',
    kind: 'single',
    label: 'How many of your patients have internet good enough for a video visit?',
    hint: 'A phone or computer with a camera, and a connection that holds a video call.',
    why: 'Video visits fail where patients lack a good connection. "Some" or "few" becomes a gap: plan audio-only visits as a fallback and help patients test their connection.',
    source: 'telehealth-connectivity',
    showIf: [TELEHEALTH_IN_SCOPE],
    allowDontKnow: true,
    options: [
      { value: 'most', label: 'Most of them', level: 2 },
      { value: 'some', label: 'Some of them', level: 1 },
      { value: 'few', label: 'Few of them', level: 0 },
    ],
  },
  {
    id: 'soft-training',
    knownBy: 'practice-manager',
    kind: 'single',
    label: 'Will training cover these skills, not only which buttons to press?',
    hint: 'For example practising a visit with the new system, with feedback.',
    why: 'Soft skills are learned by practice. "No" or "Partly" becomes a gap, and the next steps ask you to add practice visits to the training plan.',
    source: 'hrsa-soft-skills',
    showIf: [{ question: 'project-scope', in: ['new-ehr', 'ehr-replacement', 'telehealth'] }],
    allowDontKnow: true,
    options: YES_PARTLY_NO,
  },
] as const satisfies readonly QuestionDef[];
