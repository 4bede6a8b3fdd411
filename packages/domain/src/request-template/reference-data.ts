/**
 * Reference lists the request template draws its options from. Each list is versioned data: an
 * entry never changes meaning, it is closed with `validTo` and a new one opened, so what was
 * written under an old list still reads correctly.
 */
import type { PlainDate } from '../plain-date';
import type { FieldOption } from './types';

export interface Sen2Category {
  code: string;
  label: string;
  /** First day the category may be used; absent when in use before template v1. */
  validFrom?: PlainDate;
  /** Last day the category may be used; absent while current. */
  validTo?: PlainDate;
}

/**
 * SEN2 / school census primary and secondary need types. The DfE is adding a Down syndrome
 * category to its returns from 2026; it is not in template v1. Check the current SEN2 guide and add
 * it here with its `validFrom` (and a new template version offering it) once its code is published.
 */
export const sen2Categories: readonly Sen2Category[] = [
  { code: 'SpLD', label: 'Specific learning difficulty' },
  { code: 'MLD', label: 'Moderate learning difficulty' },
  { code: 'SLD', label: 'Severe learning difficulty' },
  { code: 'PMLD', label: 'Profound and multiple learning difficulty' },
  { code: 'SEMH', label: 'Social, emotional and mental health' },
  { code: 'SLCN', label: 'Speech, language and communication needs' },
  { code: 'HI', label: 'Hearing impairment' },
  { code: 'VI', label: 'Vision impairment' },
  { code: 'MSI', label: 'Multi-sensory impairment' },
  { code: 'PD', label: 'Physical disability' },
  { code: 'ASD', label: 'Autistic spectrum disorder' },
  { code: 'OTH', label: 'Other difficulty or disability' },
  { code: 'NSA', label: 'SEN support but no specialist assessment of type of need' },
];

/** The SEN2 categories open on `on`. */
export function sen2CategoriesOn(on: PlainDate): Sen2Category[] {
  return sen2Categories.filter(
    (c) => (c.validFrom === undefined || c.validFrom <= on) && (c.validTo === undefined || on <= c.validTo),
  );
}

/** School census / SEN2 ethnicity codes (main categories). */
export const ethnicityCodes: readonly FieldOption[] = [
  { value: 'WBRI', label: 'White – British' },
  { value: 'WIRI', label: 'White – Irish' },
  { value: 'WOTH', label: 'Any other White background' },
  { value: 'WIRT', label: 'Traveller of Irish heritage' },
  { value: 'WROM', label: 'Gypsy or Roma' },
  { value: 'MWBC', label: 'White and Black Caribbean' },
  { value: 'MWBA', label: 'White and Black African' },
  { value: 'MWAS', label: 'White and Asian' },
  { value: 'MOTH', label: 'Any other mixed background' },
  { value: 'AIND', label: 'Indian' },
  { value: 'APKN', label: 'Pakistani' },
  { value: 'ABAN', label: 'Bangladeshi' },
  { value: 'AOTH', label: 'Any other Asian background' },
  { value: 'BCRB', label: 'Black Caribbean' },
  { value: 'BAFR', label: 'Black – African' },
  { value: 'BOTH', label: 'Any other Black background' },
  { value: 'CHNE', label: 'Chinese' },
  { value: 'OOTH', label: 'Any other ethnic group' },
  { value: 'REFU', label: 'Refused' },
  { value: 'NOBT', label: 'Information not yet obtained' },
];

export interface YearGroup {
  value: string;
  label: string;
  /** National curriculum year: Reception 0, Year 1 = 1 … Year 14 = 14; Nursery −1. */
  rank: number;
}

export const yearGroups: readonly YearGroup[] = [
  { value: 'nursery', label: 'Nursery', rank: -1 },
  { value: 'reception', label: 'Reception', rank: 0 },
  ...Array.from({ length: 11 }, (_, i) => ({ value: `year${i + 1}`, label: `Year ${i + 1}`, rank: i + 1 })),
  { value: 'year12', label: 'Year 12 (post-16)', rank: 12 },
  { value: 'year13', label: 'Year 13 (post-16)', rank: 13 },
  { value: 'year14', label: 'Year 14 (post-16)', rank: 14 },
  // Post-16 young people not in a year group still get the preparing-for-adulthood questions.
  { value: 'post16Other', label: 'Post-16, not in a year group', rank: 12 },
];

export function yearGroupRank(value: unknown): number | undefined {
  return yearGroups.find((g) => g.value === value)?.rank;
}

/** Services a request names as involved, and as those the family agrees may share information. */
export const professionalServices: readonly FieldOption[] = [
  { value: 'educationalPsychology', label: 'Educational psychology' },
  { value: 'speechAndLanguageTherapy', label: 'Speech and language therapy' },
  { value: 'occupationalTherapy', label: 'Occupational therapy' },
  { value: 'physiotherapy', label: 'Physiotherapy' },
  { value: 'camhs', label: "CAMHS (children and young people's mental health services)" },
  { value: 'paediatrics', label: 'Paediatrics' },
  { value: 'socialCare', label: 'Social care' },
  { value: 'earlyHelp', label: 'Early help' },
  { value: 'specialistTeacher', label: 'Specialist teacher' },
  { value: 'other', label: 'Other' },
];

/** Attachments are uploaded and stored by the app, not held in the answers; each has one of these types. */
export const attachmentTypes = [
  { value: 'report', label: 'Report or assessment' },
  { value: 'plan', label: 'Plan, for example a support plan or health care plan' },
  { value: 'letter', label: 'Letter' },
  { value: 'other', label: 'Other' },
] as const satisfies readonly FieldOption[];
export type AttachmentType = (typeof attachmentTypes)[number]['value'];

/**
 * Mainstream schools are expected to meet the first £6,000 a year of additional SEN support for a
 * pupil from their notional SEN budget before top-up funding (DfE high needs funding operational
 * guide; check the current year's guide). The provision map shows spending beyond it.
 */
export const notionalSenBudgetThresholdPounds = 6000;
