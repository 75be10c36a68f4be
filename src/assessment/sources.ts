import type { Source } from './schema';

/**
 * Every source the product quotes. Question help texts, scoring constants and report advice
 * point here by id, so a reviewer can trace each statement back to where it comes from.
 */
export const SOURCES = [
  {
    id: 'hrsa-toolbox',
    title: 'What kind of technical support does the project require?',
    publisher: 'HRSA Health IT Toolbox (Health Resources and Services Administration)',
    note: 'Assess existing personnel: IT staff experience with the technology, their workload and time, and the technology experience of clerical staff, medical assistants and nurses.',
    kind: 'standard',
  },
  {
    id: 'hrsa-support-areas',
    title: 'Technical support areas during implementation',
    publisher: 'HRSA Health IT Toolbox',
    note: 'The project will most likely need technical support for software installation, networking and interfacing, especially during implementation.',
    kind: 'standard',
  },
  {
    id: 'hrsa-rural-shared',
    title: 'Staffing in smaller and rural communities',
    publisher: 'HRSA Health IT Toolbox',
    note: 'In smaller and rural communities, non-technical staff often take on IT tasks, or IT staff are shared across several facilities. The need for dedicated support depends on the type and size of the organization and the scope of the project.',
    kind: 'standard',
  },
  {
    id: 'hrsa-soft-skills',
    title: '"Soft" technical skills',
    publisher: 'HRSA Health IT Toolbox',
    note: 'Staff need "soft" technical skills to use EHR software well in the exam room, and to run a telehealth consultation that minimizes the feeling of distance between doctor and patient.',
    kind: 'standard',
  },
  {
    id: 'hrsa-clinical-load',
    title: 'The risk of keeping full clinical loads',
    publisher: 'HRSA Health IT Toolbox',
    note: 'Assuming staff keep their full clinical load while implementing a new system pressures the project team and leads to delays, reduced scope, or complete failure of the implementation.',
    kind: 'standard',
  },
  {
    id: 'hrsa-gradual',
    title: 'A gradual implementation',
    publisher: 'HRSA Health IT Toolbox',
    note: 'The implementation goes more smoothly as a gradual process whose first step starts from existing staffing and workflows.',
    kind: 'standard',
  },
  {
    id: 'hrsa-consultant',
    title: 'Engaging a consultant',
    publisher: 'HRSA Health IT Toolbox',
    note: 'A consultant may be needed for gaps in knowledge and skills, or when the business prefers temporary staff; find one through a reputable firm or a referral; the consultant must transfer knowledge to the resident IT team; the contract defines scope of work, deliverables and timelines.',
    kind: 'standard',
  },
  {
    id: 'hrsa-workforce',
    title: 'Health IT workforce guidance for safety-net providers',
    publisher: 'HRSA',
    note: 'In safety-net providers one person may hold several IT roles, or roles may be shared across providers.',
    kind: 'standard',
  },
  {
    id: 'hccn',
    title: 'Health Center Controlled Networks (HCCNs)',
    publisher: 'HRSA Bureau of Primary Health Care (Assistance Listing 93.129; HCCN awards of July 2019)',
    note: 'Networks of health centers (Health Center Program award recipients and look-alikes), funded by HRSA, that help their member health centers use health IT and data: adopting and improving the EHR, data and quality reporting, security, health information exchange, shared training and group purchasing. In 2019, 49 HCCNs supported 1,183 health centers.',
    kind: 'standard',
  },
  {
    id: 'pca',
    title: 'State and Regional Primary Care Associations (PCAs)',
    publisher: 'HRSA Bureau of Primary Health Care (PCA cooperative agreements)',
    note: 'HRSA funds about 52 state and regional primary care associations to give training and technical assistance to health centers and look-alikes in their state or region.',
    kind: 'standard',
  },
  {
    id: 'rec',
    title: 'Regional Extension Centers (RECs), then and now',
    publisher: 'ONC (HITECH Act, 2009); Lynch et al., Health Services Research 2014;49(1 Pt 2):421-437; HIMSS REC survey, 2014',
    note: 'From 2010, 62 RECs received four-year federal grants under the HITECH Act to help small, rural and underserved primary care practices adopt EHRs; 83% of federally qualified health centers and 78% of critical access hospitals took part. The federal funding ran out around 2014 to 2016 (some centers had no-cost extensions); in a 2014 survey most RECs planned to carry on with state funding, partnerships or paid services, so what a former REC offers today, and at what price, varies from state to state.',
    kind: 'standard',
  },
  {
    id: 'msp',
    title: 'Managed IT services (managed service providers, MSPs)',
    publisher: 'Common descriptions of managed IT services for small organizations',
    note: "A managed service provider runs an organization's computers, network, security and backups under a contract, mostly remotely, usually for a monthly fee. Setting up the EHR and building its interfaces is specialist work that the EHR vendor usually does (see the ASPE laboratory interface source), not part of a typical managed IT contract.",
    kind: 'example',
  },
  {
    id: 'lab-interfaces',
    title: 'Implementing and maintaining a laboratory interface',
    publisher: 'ASPE (HHS), "Electronic Exchange of Clinical Laboratory Information: Issues and Opportunities"',
    note: 'Interfaces between an EHR and a laboratory are developed, tested and maintained by the provider, the EHR vendor and the laboratory together; each is customized to the systems it links, and implementing one is time-consuming and iterative.',
    kind: 'study',
  },
  {
    id: 'wisn',
    title: 'Workload Indicators of Staffing Need (WISN)',
    publisher: 'World Health Organization',
    note: 'Staff required = workload / available working time; WISN ratio = staff available / staff required; below 1 means a shortage.',
    kind: 'standard',
  },
  {
    id: 'wwami-rural',
    title: 'Rural practices and health IT (1,772 practices surveyed)',
    publisher: 'WWAMI Rural Health Research Center',
    note: '61% of rural practices need more staff training; most do not plan to hire; fewer plan to use consultants.',
    kind: 'study',
  },
  {
    id: 'go-live-schedule',
    title: 'Reduced clinic schedules around go-live',
    publisher: 'Hawaii Permanente, reported in the trade press',
    note: 'Example: schedules at 50% in weeks 1-2, 75% in week 3, 90% in week 4, back to normal around week 6.',
    kind: 'example',
  },
  {
    id: 'productivity-dip',
    title: 'Productivity after EHR go-live',
    publisher: 'Study reported in a vendor blog; regional extension collaborative',
    note: 'Example: productivity down roughly 25-30% for about a month; full patient load 2-4 weeks after go-live, extra effort for 3-4 months.',
    kind: 'example',
  },
  {
    id: 'super-users',
    title: 'Super-users and go-live support',
    publisher: 'EHR vendor guidance',
    note: 'Example: super-users need 50-100% more training time than regular users; go-live support of one person per 2 physicians and one per 3-4 non-clinical staff, planned about 6 weeks ahead.',
    kind: 'example',
  },
  {
    id: 'digital-skills',
    title: 'Digital skills frameworks (Northstar, TIGER, JMIR 2020;22(11):e22706)',
    publisher: 'Northstar Digital Literacy; TIGER Initiative; Journal of Medical Internet Research',
    note: 'Essential computer skills, information literacy and management (including the EHR), digital communication, privacy and security.',
    kind: 'standard',
  },
  {
    id: 'consultant-contract',
    title: 'Consultant contracts and knowledge transfer',
    publisher: 'Common project-management practice',
    note: 'Project charter in the contract; deliverables with acceptance criteria; milestones; payment tied to accepted milestones; a knowledge-transfer plan with exit criteria.',
    kind: 'standard',
  },
  {
    id: 'readiness-tools',
    title: 'EHR and telehealth readiness assessments (Community Clinic EHR Readiness Assessment, CAFP EHR Readiness Tool, Telehealth Organizational Readiness Assessment)',
    publisher: 'California community clinic programs; California Academy of Family Physicians; telehealth resource centers',
    note: 'Items scored on an ordered scale with section subtotals and an interpretation; low-scoring items flagged for action; better to underestimate than to overestimate readiness.',
    kind: 'standard',
  },
  {
    id: 'telehealth-connectivity',
    title: 'Telehealth technical tips; internet considerations for direct-to-patient telehealth',
    publisher: 'American Academy of Family Physicians (Family Practice Management); California Telehealth Resource Center',
    note: 'Video visits need an adequate connection at both ends; many rural and low-income patients lack broadband. Ask patients to test their device and connection before the visit, and plan to switch to an audio-only phone visit when video fails.',
    kind: 'standard',
  },
  {
    id: 'cah',
    title: 'Critical Access Hospitals (CAHs)',
    publisher: 'Rural Health Information Hub, on the CMS designation',
    note: 'A critical access hospital has 25 or fewer inpatient beds and provides emergency care 24 hours a day, 7 days a week; the Medicare Rural Hospital Flexibility (Flex) Program supports them.',
    kind: 'standard',
  },
  {
    id: 'sorh',
    title: 'Federal Office of Rural Health Policy: State Offices of Rural Health and the Flex Program',
    publisher: 'HRSA',
    note: 'HRSA funds a State Office of Rural Health in each of the 50 states, which gives technical assistance to rural providers, and the Flex Program for small rural hospitals; its network development grants support networks of rural providers.',
    kind: 'standard',
  },
  {
    id: 'fleming-2011',
    title: 'The Financial And Nonfinancial Costs Of Implementing Electronic Health Records In Primary Care Practices',
    publisher: 'Fleming NS et al., Health Affairs 2011;30(3):481-489',
    note: 'An average five-physician practice needed about 611 hours from its implementation teams and about 134 end-user hours per physician (practices with corporate support, 2004-09; the authors call it possibly a best case).',
    kind: 'study',
  },
  {
    id: 'scoring-assumptions',
    title: 'Planning assumptions of this assessment',
    publisher: 'Staffing Readiness (this tool)',
    note: "Starting figures for a small organization (hours per support area, training hours, role mix, timelines): planning figures, not measurements, and below what the one published study of EHR implementation effort found (Fleming 2011). Replace them with your vendor's or consultant's estimate.",
    kind: 'example',
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof SOURCES)[number]['id'];

/** Looks up a source by id; undefined when the id is unknown. */
export function findSource(id: string): Source | undefined {
  return SOURCES.find((source) => source.id === id);
}
