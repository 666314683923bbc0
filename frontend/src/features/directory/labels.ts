// Dutch labels (B1) for the stable API codes of the directory. The only place these words live.
import type {
  Approach,
  Audience,
  Behaviour,
  ContactKind,
  Country,
  OrganisationKind,
  OrganisationStatus,
} from '@/types/api-models';

export const KIND_LABELS: Record<OrganisationKind, string> = {
  SELF_HELP_FELLOWSHIP: 'Zelfhulpgroep',
  FAMILY_GROUP: 'Groep voor naasten',
  SUPPORT_POINT: 'Steunpunt zelfhulp',
  KNOWLEDGE_CENTRE: 'Kenniscentrum',
  ONLINE_HELP: 'Online hulp',
  PROFESSIONAL_PROGRAMME: 'Programma voor professionals',
};

export const APPROACH_LABELS: Record<Approach, string> = {
  TWELVE_STEP: '12-stappen',
  SECULAR: 'Niet-religieus (seculier)',
  THEME_BASED: 'Themagericht',
  NOT_APPLICABLE: 'Niet van toepassing',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  PERSON: 'Persoon met een verslaving',
  PARTNER: 'Partner',
  PARENT: 'Ouder',
  CHILD: 'Kind',
  RELATIVE: 'Familielid of naaste',
  COLLEAGUE: 'Collega',
  PROFESSIONAL: 'Hulpverlener',
};

export const BEHAVIOUR_LABELS: Record<Behaviour, string> = {
  ALCOHOL: 'Alcohol',
  DRUGS: 'Drugs',
  GAMBLING: 'Gokken',
  MEDICATION: 'Medicijnen',
  EATING: 'Eten',
  OTHER: 'Overig',
};

export const COUNTRY_LABELS: Record<Country, string> = {
  NL: 'Nederland',
  BE: 'België',
};

export const STATUS_LABELS: Record<OrganisationStatus, string> = {
  ACTIVE: 'Actief',
  IN_FORMATION: 'In oprichting',
  INACTIVE: 'Niet actief',
};

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  VISIT_ADDRESS: 'Bezoekadres',
  POSTAL_ADDRESS: 'Postadres',
  PHONE: 'Telefoon',
  HELPLINE: 'Hulplijn',
  EMAIL: 'E-mail',
  WEBSITE: 'Website',
};

/** The label for a code, or the code itself when a newer backend sends one we don't know yet. */
export function label<K extends string>(labels: Record<K, string>, code: string): string {
  return Object.prototype.hasOwnProperty.call(labels, code) ? labels[code as K] : code;
}

/** Labels for a list of codes, joined as Dutch prose: "Partner, Ouder en Kind". */
export function labelList<K extends string>(labels: Record<K, string>, codes: readonly string[]): string {
  const words = codes.map((c) => label(labels, c));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]}`;
}
