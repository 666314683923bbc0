import { Heading, Link, Paragraph } from '@utrecht/component-library-react';

import type { ContactPoint } from '@/types/api-models';

import { CONTACT_KIND_LABELS, label } from '../labels';

/** "tel:" address for a Dutch phone number as written in the seed, e.g. "0900-2323423" or "020 - 681 74 30". */
export function telHref(value: string): string {
  const trimmed = value.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

/** A website written as "www.example.nl" gets https:// in front. */
export function websiteHref(value: string): string {
  const trimmed = value.trim();
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

function ContactValue({ point }: { point: ContactPoint }) {
  switch (point.kind) {
    case 'PHONE':
    case 'HELPLINE':
      return (
        <Link href={telHref(point.value)} className="utrecht-link--telephone">
          {point.value}
        </Link>
      );
    case 'EMAIL':
      return <Link href={`mailto:${point.value.trim()}`}>{point.value}</Link>;
    case 'WEBSITE':
      return <Link href={websiteHref(point.value)}>{point.value}</Link>;
    default:
      return <span className="zhw-contact__address">{point.value}</span>;
  }
}

/** The typed contact points of an organisation, each with its note (costs, opening hours…). */
export function ContactPoints({ contactPoints }: { contactPoints: ContactPoint[] }) {
  if (contactPoints.length === 0) {
    return <Paragraph>Er zijn geen contactgegevens bekend.</Paragraph>;
  }
  return (
    <ul className="zhw-contact-list" role="list">
      {contactPoints.map((point, index) => (
        <li key={index} className="zhw-contact">
          <Heading level={3} className="zhw-contact__kind">
            {label(CONTACT_KIND_LABELS, point.kind)}
            {point.label && (
              <>
                {' '}
                <span className="zhw-contact__label">– {point.label}</span>
              </>
            )}
          </Heading>
          <Paragraph className="zhw-contact__value">
            <ContactValue point={point} />
          </Paragraph>
          {point.note && (
            <Paragraph appearance="small" className="zhw-contact__note">
              {point.note}
            </Paragraph>
          )}
        </li>
      ))}
    </ul>
  );
}
