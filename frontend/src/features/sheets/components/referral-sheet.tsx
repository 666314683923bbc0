import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';

import { fetchReferralSheet } from '../api/sheets';
import { SheetViewer } from './sheet-viewer';

type State = { status: 'idle' | 'busy' } | { status: 'shown'; html: string } | { status: 'error'; error: unknown };

/**
 * The client's referral sheet: group, route, first meeting and, with the client's consent, the QR code of a new
 * check-in link. Shown here to print, or saved as PDF.
 */
export function ReferralSheetPanel({ referralId }: { referralId: string }) {
  const [state, setState] = useState<State>({ status: 'idle' });

  const show = async () => {
    setState({ status: 'busy' });
    try {
      setState({ status: 'shown', html: await (await fetchReferralSheet(referralId, 'html')).text() });
    } catch (error) {
      setState({ status: 'error', error });
    }
  };
  const savePdf = async () => {
    try {
      const url = URL.createObjectURL(await fetchReferralSheet(referralId, 'pdf'));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = 'verwijsblad.pdf';
      anchor.click();
      // Revoked a moment later: the browser starts the download after this click handler returns.
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      setState({ status: 'error', error });
    }
  };

  return (
    <section aria-labelledby="zhw-referral-sheet" className="zhw-referral-sheet">
      <Heading level={2} id="zhw-referral-sheet">Verwijsblad voor de cliënt</Heading>
      <Paragraph>
        Op het blad staan de groep, hoe de cliënt gaat en de eerste bijeenkomst. Gaf de cliënt toestemming voor
        nabespreking? Dan staat er ook een QR-code op voor de check-in. Er staat geen naam op.
      </Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" busy={state.status === 'busy'} onClick={() => void show()}>
          Verwijsblad tonen
        </Button>
        <Button appearance="subtle-button" onClick={() => void savePdf()}>
          Verwijsblad als pdf opslaan
        </Button>
      </ButtonGroup>
      {state.status === 'error' && <ProblemAlert error={state.error} />}
      {state.status === 'shown' && <SheetViewer title="Verwijsblad" html={state.html} />}
    </section>
  );
}
