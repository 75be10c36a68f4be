import type { SourceId } from './sources';

/**
 * Questions asked as one grid: rows of the same kind and scale, shown together (a table of radio
 * groups on a laptop, a stacked list on a phone). Each row stays its own question, with its id
 * and answer; the grid only gives them one heading, one hint and one "why we ask".
 */
export const GRID_IDS = ['staff-counts', 'staff-computer', 'staff-system', 'it-experience'] as const;
export type GridId = (typeof GRID_IDS)[number];

export type GridDef = {
  readonly label: string;
  readonly hint?: string;
  /** How the answers change the report, so the manager knows what rides on them. */
  readonly why: string;
  readonly source: SourceId;
};

export const GRIDS: Readonly<Record<GridId, GridDef>> = {
  'staff-counts': {
    label: 'How many people in each role will use the new system?',
    hint: 'Count people, not positions: two part-timers are 2. Count each person once, in the row of their main job. Enter 0 for a role you do not have.',
    why: 'All the rows together are the number of users, which adds IT hours for accounts and workstation set-up to the estimate; the training hours, super-users and support at go-live are counted from the role rows, and a role counted 0 is left out of the report. The HRSA Toolbox names clerical staff, medical assistants and nurses; providers use the system too. Where a row is "Don\'t know", the report says the number of users is an estimate and how it was made.',
    source: 'super-users',
  },
  'staff-computer': {
    label: 'How comfortable is each group with computers in general?',
    why: 'The HRSA Toolbox asks how experienced non-technical staff are with technology. A group rated None or Basic gets a gap in the report: basic computer training before the system training, and a super-user beside them at go-live.',
    source: 'hrsa-toolbox',
  },
  'staff-system': {
    label: 'How comfortable is each group with the kind of system you are implementing?',
    hint: 'For example an EHR or a video-visit platform, whether this one or a similar one.',
    why: 'Experience with a similar system shortens training and the dip in productivity after go-live. A group rated None gets a gap in the report: hands-on practice in a training environment before go-live.',
    source: 'digital-skills',
  },
  'it-experience': {
    label: 'How experienced are the people who do your IT with each kind of support?',
    hint: 'Think of everyone who does IT for the organization together: its own IT staff, shared IT staff, the contractor.',
    why: 'The HRSA Toolbox asks whether your IT staff have experience with the type of technology and the support areas the project needs. An area below "Experienced" becomes a gap in the report, with outside expertise for it; "Don\'t know" becomes one question for your IT lead.',
    source: 'hrsa-toolbox',
  },
};
