import { Alert, Paragraph } from '@utrecht/component-library-react';

/** The warning that the data are old; `years` is "2004" or "2002 tot 2004". */
export function OutdatedDataAlert({ years }: { years: string }) {
  return (
    <Alert type="warning" role="note" className="zhw-outdated">
      <Paragraph>
        <strong>Deze gegevens zijn oud (uit {years}).</strong> Controleer ze voordat u ze aan een cliënt geeft.
      </Paragraph>
    </Alert>
  );
}
