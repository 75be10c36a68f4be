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
    why: 'The HRSA Toolbox names the "soft" skills staff need to make the best use of an EHR in the exam room.',
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
    why: 'The HRSA Toolbox asks for telehealth consultations that minimize the feeling of distance between doctor and patient.',
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
    why: 'Video visits fail where patients lack broadband; the report then plans an audio-only fallback and help for patients. Your front desk or care team usually knows.',
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
    why: 'Soft skills are learned by practice; training that covers only the software leaves them out.',
    source: 'hrsa-soft-skills',
    showIf: [{ question: 'project-scope', in: ['new-ehr', 'ehr-replacement', 'telehealth'] }],
    allowDontKnow: true,
    options: YES_PARTLY_NO,
  },
] as const satisfies readonly QuestionDef[];
