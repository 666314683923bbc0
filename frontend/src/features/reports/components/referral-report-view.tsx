import { Heading, Paragraph } from '@utrecht/component-library-react';

import type { ReferralReport } from '../types';
import { countText, daysText, percent } from '../utils/report-text';
import { IndicatorSection } from './indicator-section';

/** The referral indicators of one period: the key figures, then one chart with table per indicator. */
export function ReferralReportView({ report }: { report: ReferralReport }) {
  return (
    <section aria-labelledby="zhw-referral-report">
      <Heading level={2} id="zhw-referral-report">
        Verwijzingen van {report.period.from} tot en met {report.period.to}
      </Heading>
      <Paragraph>
        Aantallen onder de {report.minimumCount} staan er als &lsquo;&lt; {report.minimumCount}&rsquo;, zodat niemand te
        herkennen is. Ook wat daaruit terug te rekenen is, staat er niet.
      </Paragraph>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">Verwijzingen: {countText(report.total)}</li>
        <li className="utrecht-unordered-list__item">
          Naar de eerste bijeenkomst geweest, volgens de medewerker: {percent(report.firstMeetingByStaff)}
        </li>
        <li className="utrecht-unordered-list__item">
          Naar de eerste bijeenkomst geweest, volgens de cliënt: {percent(report.firstMeetingByCheckin)}
        </li>
        <li className="utrecht-unordered-list__item">
          Dagen van verwijzing tot eerste bijeenkomst: {daysText(report.daysToFirstMeeting)}
        </li>
        <li className="utrecht-unordered-list__item">
          Nabespreking op tijd gedaan (van de nabesprekingen die aan de beurt waren):{' '}
          {percent(report.followUpOnTime)}
        </li>
      </ul>
      {report.indicators.map((indicator) => (
        <IndicatorSection
          key={indicator.dimension}
          indicator={indicator}
          names={indicator.dimension === 'ORGANISATION' ? report.organisationNames : undefined}
        />
      ))}
    </section>
  );
}
