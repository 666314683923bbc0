import { Alert, Paragraph } from '@utrecht/component-library-react';

/** The group's data were not checked for a long time (`needsVerification` from the API). */
export function NeedsVerificationAlert() {
  return (
    <Alert type="info">
      <Paragraph>Deze gegevens zijn al lang niet gecontroleerd. Controleer ze voordat u ze aan een cliënt geeft.</Paragraph>
    </Alert>
  );
}
