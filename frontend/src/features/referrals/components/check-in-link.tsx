import { Alert, Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import qrcode from 'qrcode-generator';
import { useMemo, useState } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';

import { createCheckinLink } from '../api/referrals';
import { dutchDate } from '../labels';
import type { CheckinLink } from '../types';

/** The QR code of a link as an SVG data URL (the library only draws, it sends nothing anywhere). */
export function qrDataUrl(text: string): string {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const svg = code.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function ShownLink({ link }: { link: CheckinLink }) {
  const qr = useMemo(() => qrDataUrl(link.url), [link.url]);
  return (
    <div className="zhw-checkin-link">
      <Paragraph>
        Geef deze link of QR-code aan de cliënt. Hij werkt tot {dutchDate(link.expiresAt)} en hoogstens {link.maxUses}{' '}
        keer. Hij wordt maar één keer getoond: druk hem nu af of kopieer hem.
      </Paragraph>
      <Paragraph>
        <Link href={link.url} className="zhw-checkin-link__url">{link.url}</Link>
      </Paragraph>
      <img src={qr} width={200} height={200} alt="QR-code van de check-in-link" className="zhw-checkin-link__qr" />
    </div>
  );
}

/** Make the client's one-time check-in link (only with consent to follow up) and show it with its QR code. */
export function CheckinLinkPanel({ referralId, hasConsent }: { referralId: string; hasConsent: boolean }) {
  const [link, setLink] = useState<CheckinLink>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const make = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setLink(await createCheckinLink(referralId));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="zhw-checkin-title" className="zhw-referral-checkin">
      <Heading level={2} id="zhw-checkin-title">Check-in voor de cliënt</Heading>
      <Paragraph>
        Met een check-in-link zegt de cliënt zelf of hij naar de groep is geweest, zonder account. De link zegt niets
        over de cliënt of de verwijzing. Maakt u een nieuwe link, of drukt u het verwijsblad opnieuw af? Dan werkt de
        vorige link niet meer.
      </Paragraph>
      {!hasConsent ? (
        <Alert type="info"><Paragraph>Dit kan alleen als de cliënt toestemming gaf om na te vragen hoe het ging.</Paragraph></Alert>
      ) : (
        <>
          {error !== undefined && <ProblemAlert error={error} headingLevel={3} />}
          {link ? <ShownLink link={link} /> : (
            <Button appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => void make()}>
              Check-in-link maken
            </Button>
          )}
        </>
      )}
    </section>
  );
}
