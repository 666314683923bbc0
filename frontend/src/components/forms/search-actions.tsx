import { Button, ButtonGroup } from '@utrecht/component-library-react';

/** "Zoeken" (submits the form) and "Alles wissen" of a search form. */
export function SearchActions({ onClear }: { onClear: () => void }) {
  return (
    <ButtonGroup className="zhw-search__actions">
      <Button type="submit" appearance="primary-action-button">
        Zoeken
      </Button>
      <Button type="button" appearance="subtle-button" onClick={onClear}>
        Alles wissen
      </Button>
    </ButtonGroup>
  );
}
