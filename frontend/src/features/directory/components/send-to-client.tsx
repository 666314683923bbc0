import { Link, Paragraph } from '@utrecht/component-library-react';

import { mailtoHref, smsHref } from '../utils/share';

/** Mail or text message to a client from the worker's own device, with a prefilled text; nothing goes via the server. */
export function SendToClient({ subject, text }: { subject: string; text: string }) {
  return (
    <Paragraph className="zhw-no-print zhw-meeting__send">
      Stuur de gegevens naar een cliënt:{' '}
      <Link href={mailtoHref(subject, text)}>per e-mail</Link> of <Link href={smsHref(text)}>als sms</Link>. U kiest zelf
      het adres of nummer in uw eigen mail of berichten.
    </Paragraph>
  );
}
