/**
 * A complete, typical request that passes `validateRequest` on `today`: a Year 5 child with speech,
 * language and communication needs, two parents (one living elsewhere), two support cycles, a
 * three-line provision map and two professionals. Shared by unit, API and browser tests.
 * Answers are in the stored (sanitised) form.
 */
import { addDays, addMonths } from '../plain-date';
import type { PlainDate } from '../plain-date';
import type { RequestAnswers } from './types';

export function exampleCompleteRequestAnswers(today: PlainDate): RequestAnswers {
  const daysAgo = (n: number) => addDays(today, -n);
  return {
    child: {
      legalName: 'Amelia Grace Thompson',
      preferredName: 'Millie',
      dateOfBirth: addMonths(today, -(10 * 12 + 4)),
      sex: 'female',
      addressLine1: '14 Orchard Close',
      townOrCity: 'Maidstone',
      postcode: 'ME15 6AB',
      homeLa: '886',
      ethnicity: 'WBRI',
      firstLanguage: 'English',
      upn: 'T886123419001',
      nhsNumber: '9434765919',
      currentSetting: '118945',
      yearGroup: 'year5',
      attendance: 91.5,
      lookedAfter: 'no',
      youngCarer: 'no',
      otherLaInvolved: 'no',
    },
    parents: {
      items: [
        {
          name: 'Sarah Thompson',
          relationship: 'mother',
          parentalResponsibility: 'yes',
          preferredContact: 'email',
          email: 'sarah.thompson@example.com',
          phone: '07700 900982',
          livesWithChild: 'yes',
          interpreterNeeded: 'no',
        },
        {
          name: 'Daniel Thompson',
          relationship: 'father',
          parentalResponsibility: 'yes',
          preferredContact: 'phone',
          phone: '07700 900123',
          livesWithChild: 'no',
          addressLine1: '3 Station Road',
          townOrCity: 'Ashford',
          postcode: 'TN23 1PP',
          interpreterNeeded: 'no',
        },
      ],
    },
    views: {
      likeAndAdmire:
        'I am kind and I always help the younger children at lunchtime. I am good at drawing animals.',
      importantToMe: 'My dog Biscuit, my best friend Ava, and going swimming with Dad on Saturdays.',
      howToSupportMe:
        'Give me time to answer and show me pictures. Tell me what is happening next. Do not make me read out loud in front of the class.',
      parentsViews:
        'Millie is happy at home but comes out of school exhausted and upset. She has fallen further behind this year and is starting to refuse to go in.',
      hopesForFuture:
        'We want Millie to make friends, to read for pleasure, and to work with animals when she is older.',
    },
    needs: {
      primaryNeed: 'SLCN',
      secondaryNeeds: ['SEMH'],
      communicationAndInteraction:
        'Millie has a developmental language disorder. She understands short instructions only with visual support and uses sentences of 4 to 5 words.',
      cognitionAndLearning:
        'Reading age 6 years 2 months (chronological age 10 years 4 months). She needs concrete resources for number work.',
      socialEmotionalMentalHealth:
        'Anxiety about speaking in class, leading to withdrawal and two or three upsets a week at the start of the day.',
      sensoryPhysical: 'No needs identified in this area.',
    },
    graduatedApproach: {
      cycles: [
        {
          startDate: daysAgo(330),
          reviewDate: daysAgo(240),
          outcomesSought: 'To follow two-part classroom instructions with visual support.',
          supportGiven:
            'Small-group language intervention, 3 sessions of 30 minutes a week, run by a trained teaching assistant.',
          progressMade: 'Follows two-part instructions in small groups, but not yet in whole-class teaching.',
        },
        {
          startDate: daysAgo(235),
          reviewDate: daysAgo(145),
          outcomesSought: 'To ask for help using a help card at least once a lesson.',
          supportGiven:
            'Speech and language programme set by the therapist, delivered 1:1 three times a week; visual timetable and help card.',
          progressMade: 'Uses the help card in maths but not in English. Still anxious speaking in class.',
        },
      ],
      attainment:
        'Standardised reading score 72 (September), 74 (March). Phonics: secure at phase 3. Maths: working at Year 2 expectations.',
      provisionMap: [
        {
          provision: 'Small-group language intervention',
          staff: 'Teaching assistant',
          hoursPerWeek: 1.5,
          weeks: 38,
          cost: 1140,
        },
        {
          provision: '1:1 speech and language programme',
          staff: 'Teaching assistant',
          hoursPerWeek: 1.5,
          weeks: 38,
          cost: 1140,
        },
        {
          provision: 'In-class support in English and maths',
          staff: 'Teaching assistant',
          hoursPerWeek: 10,
          weeks: 38,
          cost: 7600,
        },
      ],
    },
    professionals: {
      anyInvolved: 'yes',
      items: [
        {
          service: 'speechAndLanguageTherapy',
          name: 'Tom Evans',
          role: 'Speech and language therapist',
          involvedFrom: daysAgo(400),
          involvedTo: daysAgo(100),
          reportAttached: 'yes',
        },
        {
          service: 'educationalPsychology',
          name: 'Dr Priya Shah',
          role: 'Educational psychologist',
          involvedFrom: daysAgo(90),
          reportAttached: 'yes',
        },
      ],
    },
    healthAndSocialCare: {
      diagnoses: 'Developmental language disorder, diagnosed by the community paediatrician last year.',
      socialCareInvolved: 'no',
    },
    whyNow: {
      hasOrMayHaveSen:
        'Millie has a diagnosed language disorder and is more than 4 years behind in reading; she has far greater difficulty learning than most children of her age.',
      mayNeedEhcPlan:
        'After two cycles of targeted support costing more than the notional SEN budget threshold, her progress has stalled and her anxiety is growing. She needs specialist speech and language provision the school cannot fund alone.',
    },
    consent: {
      parentalConsent: 'yes',
      shareWith: ['educationalPsychology', 'speechAndLanguageTherapy', 'paediatrics'],
      sencoDeclaration: ['confirmed'],
      sencoName: 'Jo Patel',
      sencoRole: 'SENCO',
    },
  };
}
