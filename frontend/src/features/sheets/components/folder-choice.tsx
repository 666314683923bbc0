import { FormField, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useId, useState } from 'react';

import { AppButtonLink } from '@/components/ui/router-link';

import { FOLDER_LABELS, folderPagePath, sheetForChoice, type FolderChoice } from '../utils/sheet-links';

/**
 * "Folder": pick B1, easy-read or the family folder for a group or organisation, then open it to print or save
 * as PDF. Easy-read is offered only for a group (its sheet has the group's own days and places).
 */
export function FolderChoiceField({ target, name }: { target: { organisationId: string; groupSlug?: string }; name: string }) {
  const id = useId();
  const [choice, setChoice] = useState<FolderChoice>('b1');
  const choices = (Object.keys(FOLDER_LABELS) as FolderChoice[]).filter((c) => c !== 'makkelijk' || target.groupSlug);
  return (
    <div className="zhw-folder-choice">
      <FormField>
        <Paragraph>
          <FormLabel htmlFor={id}>Folder over {name}</FormLabel>
        </Paragraph>
        <Select id={id} value={choice} onChange={(e) => setChoice(e.target.value as FolderChoice)}>
          {choices.map((c) => (
            <SelectOption key={c} value={c}>
              {FOLDER_LABELS[c]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <AppButtonLink to={folderPagePath(sheetForChoice(choice, target))} aria-label={`Folder openen over ${name}`}>
        Folder openen
      </AppButtonLink>
    </div>
  );
}
