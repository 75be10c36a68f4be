/** The assumptions the workload estimate lists, in plain words; {placeholders} are filled by the scoring. */
export const ASSUMPTION_TEXTS = {
  'hours-by-scope':
    "IT hours per support area are example planning figures for a small organization, grown with the number of sites, users and interfaces. Replace them with your vendor's or consultant's estimate when you have one.",
  'available-time':
    'Available time follows the WHO WISN method: hours a week times weeks to go-live, minus {absence}% for leave, holidays, sickness and training (an example figure: use your own leave records where you have them). One FTE is {week} hours a week.',
  'go-live-wave': 'At-the-elbow support is counted for one site going live at a time (one of your {sites} sites, taken as equal in size), as a site-by-site rollout allows.',
  timeline: 'Go-live: {range}. This report plans with {weeks} weeks, the short end, so it does not count on more time than you may have.',
  hospital: 'A critical access hospital runs day and night with more systems to connect: its IT hours count {percent}% of a clinic of the same size.',
  hosted:
    'The vendor hosts the system, so the server, backup and much of the security work is theirs: those IT hours count at {installation}% (installation) and {security}% (security) of an own-server project. Check it against the vendor contract.',
  'hosting-unknown': 'Where the system will run is not known yet, so the IT hours count as for your own servers (the larger figure).',
  'scope-assumed': 'The project scope is not answered yet, so the estimate assumes a first EHR, the largest project.',
  'sites-assumed': 'The number of sites is not answered yet, so the estimate counts one site.',
  // The number of users is the head counts added up; these say how it was found where one is not known.
  'users-estimated': 'The number of users is an estimate: you did not give the head count of {rows}, so the estimate counts {perSite} per site ({users} in all{counted}).',
  'users-estimated-counted':
    'The number of users is an estimate: you did not give the head count of {rows}, so the estimate counts the people you did count{perRole} ({users} in all); there may be more.',
  'users-estimated-roles':
    'The number of users, {users}, is an estimate: you did not give the head count of {roles}, so the estimate takes those roles from the head counts you gave, with an example mix of roles ({clerical}% clerical, {assistants}% medical assistants, {nurses}% nurses, {providers}% providers){more}. Enter the head count to replace it.',
  'users-above-earlier':
    'The number of users is an estimate: the head counts you gave{perRole} come to {users}, more than the total of {earlier} you answered before, and the head count of {rows} is not given yet.',
  'users-answered-before': 'The number of users, {users}, is the total as you answered it before ("{earlier}"); this version asks for it by role{beyond}. Answer "{otherRow}" to confirm it.',
  'interfaces-assumed': 'The number of interfaces is not known, so the estimate counts {count}.',
  'no-it-hours': 'No IT hours could be counted for the project: nobody does IT, or the hours they can give are not known yet (the report asks for them rather than guessing).',
  'role-mix':
    'You did not give the head count of {roles}, so it is estimated from the number of users less the head counts you gave, with an example mix ({clerical}% clerical, {assistants}% medical assistants, {nurses}% nurses, {providers}% providers, re-weighted over those roles). Enter the head counts to replace it.',
  'training-hours': "Training hours per person by role are example figures; your vendor's training plan replaces them.",
  'published-effort':
    'For comparison: in a study of 26 primary care practices, an average five-physician practice needed about 611 hours from its implementation teams (IT and practice staff together) and about 134 end-user hours per physician for a first EHR, which the authors call possibly a best case. Where this estimate is lower, read it as a floor.',
  schedule: 'Provider schedules are reduced in the first go-live weeks as in a reported example: {schedule} of the normal schedule in weeks 1 to {weeks}, normal afterwards.',
  'super-users': 'About {share}% of users are trained as super-users (a planning figure), each with {extra}% more training (vendor guidance: 50-100%).',
} as const;
