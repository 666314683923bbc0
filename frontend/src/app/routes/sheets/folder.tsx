import { Button, FormField, FormLabel, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import { SheetViewer } from '@/features/sheets/components/sheet-viewer';
import '@/features/sheets/sheets.css';
import { isCityName, sheetApiPath, sheetFromQuery, type SheetRequest } from '@/features/sheets/utils/sheet-links';
import { useDocumentTitle } from '@/hooks/use-document-title';

const TITLES: Record<SheetRequest['kind'], string> = {
  groep: 'Folder over een groep',
  organisatie: 'Folder over een organisatie',
  familie: 'Folder voor familie en naasten',
  poster: 'Poster voor de wachtkamer',
  werkblad: 'Werkblad bij een stap van het zorgpad',
};

/** Asks for the town of a poster (or, optionally, of the family folder's local groups). */
function CityForm({ onCity, optional }: { onCity: (city: string) => void; optional: boolean }) {
  const id = useId();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = isCityName(value);
    setInvalid(!ok);
    if (ok) onCity(value.trim());
  };
  return (
    <form onSubmit={submit} noValidate className="zhw-folder-choice">
      <FormField invalid={invalid}>
        <Paragraph>
          <FormLabel htmlFor={id}>Plaats{optional ? ' (niet verplicht)' : ''}</FormLabel>
        </Paragraph>
        {invalid && <Paragraph id={`${id}-fout`}>Schrijf een plaatsnaam, bijvoorbeeld Utrecht.</Paragraph>}
        <Textbox id={id} value={value} invalid={invalid} aria-describedby={invalid ? `${id}-fout` : undefined}
          onChange={(e) => setValue(e.target.value)} autoComplete="address-level2" />
      </FormField>
      <Button type="submit" appearance="secondary-action-button">Toon</Button>
    </form>
  );
}

/**
 * /folder?soort=…: one information sheet as the backend renders it, to print or open as PDF. The poster asks for a
 * town; the family folder may show the family groups of one town.
 */
export function FolderRoute() {
  const [query, setQuery] = useSearchParams();
  const sheet = sheetFromQuery(query);
  const kind = (query.get('soort') ?? 'groep') as SheetRequest['kind'];
  const title = TITLES[kind] ?? 'Folder';
  useDocumentTitle(title);
  const setCity = (city: string) => setQuery((q) => { q.set('plaats', city); return q; });
  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>{title}</Heading>
      {(kind === 'poster' || kind === 'familie') && (
        <CityForm onCity={setCity} optional={kind === 'familie'} />
      )}
      {sheet ? (
        <SheetViewer title={title} src={sheetApiPath(sheet, 'html')} pdfHref={sheetApiPath(sheet, 'pdf')} />
      ) : (
        kind !== 'poster' && <Paragraph>Deze folder bestaat niet. Kies een folder bij een groep of organisatie.</Paragraph>
      )}
    </>
  );
}
