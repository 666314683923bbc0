import { ACCESSIBILITY_LABELS, APPROACH_LABELS, AUDIENCE_LABELS, BEHAVIOUR_LABELS, label, LANGUAGE_LABELS, labelList } from '../labels';
import type { Group, Meeting } from '../types';

import type { Fact } from './fact-list';

function yesNo(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? 'Ja' : 'Nee';
}

type Who = Pick<Meeting, 'audiences' | 'behaviours' | 'open' | 'languages' | 'accessibility' | 'dualDiagnosis' | 'organisation'>;

/**
 * "Voor wie" on a meeting's or a group's page: audience, behaviour, approach, open or not (`openKey`: "Open
 * bijeenkomst" or "Open groep"), language, access, and the group's own agreements once the group is known.
 */
export function whoFacts(who: Who, group: Group | undefined, openKey: string): Fact[] {
  return [
    { key: 'Voor wie', value: labelList(AUDIENCE_LABELS, who.audiences) },
    { key: 'Gedrag of middel', value: labelList(BEHAVIOUR_LABELS, who.behaviours) },
    { key: 'Aanpak', value: label(APPROACH_LABELS, who.organisation.approach) },
    { key: openKey, value: who.open ? 'Ja, iedereen mag komen' : 'Nee, alleen voor leden' },
    { key: 'Taal', value: labelList(LANGUAGE_LABELS, who.languages) },
    { key: 'Toegankelijkheid', value: who.accessibility.length ? labelList(ACCESSIBILITY_LABELS, who.accessibility) : 'Niet bekend' },
    { key: 'Dubbele diagnose', value: who.dualDiagnosis ? 'Ook voor mensen met een dubbele diagnose' : undefined },
    { key: 'Hulpverlener mag meekomen', value: yesNo(group?.professionalMayAttend) },
    { key: 'Proefperiode', value: group?.acceptsTrial ? 'U kunt eerst een paar keer komen kijken' : undefined },
    { key: 'Medicatie', value: group?.medicationNote, multiline: true },
  ];
}
