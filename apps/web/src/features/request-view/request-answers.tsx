import { getRequestTemplate, isSectionVisible, londonDateOf, type RequestAnswers } from '@casework/domain';

import { useDescribeSchool } from '../../app/use-school-name';
import { useLocalAuthorities } from '../../app/use-reference';
import { SectionSummary } from '../request-form';

/**
 * Every section of a request, read-only, in the template version it was written in. The school,
 * the teacher and the LA all see a request through this one view.
 */
export function RequestAnswers({
  templateVersion,
  answers,
  sectionIds,
  changeHref,
}: {
  templateVersion: number;
  answers: RequestAnswers;
  sectionIds?: readonly string[];
  changeHref?: (sectionId: string, path: string) => string;
}) {
  const template = getRequestTemplate(templateVersion);
  const las = useLocalAuthorities();
  const describeSchool = useDescribeSchool(answers.child?.currentSetting);
  const today = londonDateOf(new Date());
  return (
    <>
      {template.sections
        .filter((s) => (!sectionIds || sectionIds.includes(s.id)) && isSectionVisible(s, answers, { today }))
        .map((section) => (
          <section key={section.id} aria-labelledby={`summary-${section.id}`}>
            <h2 className="govuk-heading-m" id={`summary-${section.id}`}>
              {section.title}
            </h2>
            <SectionSummary
              template={template}
              section={section}
              answers={answers}
              today={today}
              localAuthorities={las.data ?? []}
              describeSchool={describeSchool}
              {...(changeHref ? { changeHref: (path: string) => changeHref(section.id, path) } : {})}
            />
          </section>
        ))}
    </>
  );
}
