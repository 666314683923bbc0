// Dutch labels (B1) for the codes of the advice. Plain-language questions and answers for the wizard.
import type { AdviceRequest, Verdict } from './api/create-advice';

type Codes<K extends keyof AdviceRequest> = NonNullable<AdviceRequest[K]> extends (infer E)[] ? E : NonNullable<AdviceRequest[K]>;

export const RELATION_LABELS: Record<Codes<'relation'>, string> = {
  PERSON: 'De cliënt zelf',
  PARTNER: 'De partner van iemand met een verslaving',
  PARENT: 'Een ouder van iemand met een verslaving',
  CHILD: 'Een kind van iemand met een verslaving',
  RELATIVE: 'Een ander familielid of een naaste',
  COLLEAGUE: 'Een collega',
};

export const BEHAVIOUR_LABELS: Record<Codes<'behaviours'>, string> = {
  ALCOHOL: 'Alcohol',
  DRUGS: 'Drugs',
  GAMBLING: 'Gokken',
  MEDICATION: 'Medicijnen (pillen)',
  EATING: 'Eten',
  OTHER: 'Iets anders',
};

export const GOAL_LABELS: Record<Codes<'treatmentGoal'>, string> = {
  ABSTINENCE: 'Helemaal stoppen',
  MODERATION: 'Minder gebruiken (gecontroleerd gebruik)',
  HARM_REDUCTION: 'De schade van het gebruik beperken',
  STABILISATION: 'Stabiel worden en leren leven met het gebruik',
};

export const STAGE_LABELS: Record<Codes<'stageOfChange'>, string> = {
  PRECONTEMPLATION: 'Denkt nog niet aan veranderen',
  CONTEMPLATION: 'Twijfelt of hij wil veranderen',
  PREPARATION: 'Bereidt een verandering voor',
  ACTION: 'Is aan het veranderen',
  MAINTENANCE: 'Houdt de verandering vol',
  RELAPSE: 'Is teruggevallen',
};

export const PHASE_LABELS: Record<Codes<'treatmentPhase'>, string> = {
  NONE: 'Geen behandeling',
  APPLICATION: 'Net aangemeld',
  WAITING_LIST: 'Op de wachtlijst',
  INTAKE: 'In de intake',
  INDICATION: 'Indicatieadvies of behandelplan',
  TREATMENT: 'In behandeling',
  CASE_MANAGEMENT: 'Casemanagement',
  AFTERCARE: 'Nazorg',
  COMPLETED: 'Behandeling afgerond',
};

export const SETTING_LABELS: Record<Codes<'treatmentSetting'>, string> = {
  NONE: 'Geen',
  OUTPATIENT: 'Ambulant',
  CLINICAL: 'Opgenomen in een kliniek',
  FORENSIC: 'Forensische zorg',
  HOME: 'Thuis (begeleiding aan huis)',
};

export const SYMPTOM_LABELS: Record<Codes<'psychiatricSymptoms'>, string> = {
  PSYCHOSIS: 'Psychose',
  SCHIZOPHRENIA: 'Schizofrenie',
  MAJOR_DEPRESSION: 'Ernstige depressie',
};

export const MEDICATION_LABELS: Record<Codes<'medication'>, string> = {
  METHADONE: 'Methadon',
  PSYCHIATRIC_MEDICATION: 'Medicijnen voor psychische klachten',
  OTHER: 'Andere medicijnen',
};

export const NETWORK_LABELS: Record<Codes<'network'>, string> = {
  SUPPORTIVE: 'Mensen om hem heen steunen hem',
  POOR: 'Weinig goede contacten',
  USE_POSITIVE: 'Mensen om hem heen gebruiken zelf of vinden gebruik normaal',
  ISOLATED: 'Bijna geen contacten (eenzaam)',
};

export const AGE_LABELS: Record<Codes<'ageBand'>, string> = {
  UNDER_18: 'Jonger dan 18',
  AGE_18_TO_25: '18 tot en met 25',
  AGE_26_TO_64: '26 tot en met 64',
  AGE_65_PLUS: '65 of ouder',
};

/** Languages groups in the directory meet in (ISO 639-1). */
export const LANGUAGE_LABELS: Record<string, string> = {
  nl: 'Nederlands',
  en: 'Engels',
  fr: 'Frans',
  de: 'Duits',
};

export const APPROACH_LABELS: Record<Codes<'approach'>, string> = {
  TWELVE_STEP: '12 stappen (zoals AA en NA)',
  SECULAR: 'Niet religieus (zoals SOS Nuchterheid)',
};

export const PROFESSION_LABELS: Record<Codes<'profession'>, string> = {
  OTHER: 'Nee',
  DOCTOR: 'Ja, arts (geen huisarts)',
  GENERAL_PRACTITIONER: 'Ja, huisarts',
};

export const COUNTRY_LABELS: Record<Codes<'country'>, string> = {
  NL: 'Nederland',
  BE: 'België',
};

export const CHARACTERISTIC_LABELS: Record<Codes<'characteristics'>, string> = {
  ASKS_FOR_SELF_HELP: 'Vraagt zelf naar zelfhulp of zoekt een manier om te stoppen',
  RECIDIVIST: 'Is vaak teruggevallen',
  SEVERE_ADDICTION: 'De verslaving is ernstig',
  SEVERE_OR_POLY_USE: 'Gebruikt veel, of meerdere middelen',
  MANY_DEPENDENCE_SYMPTOMS: 'Heeft veel kenmerken van afhankelijkheid',
  MANY_CONSEQUENCES: 'Het gebruik heeft veel gevolgen (lichamelijk of sociaal)',
  USE_TO_RELIEVE_TENSION: 'Gebruikt om spanning kwijt te raken',
  LOW_SELF_EFFICACY: 'Heeft weinig vertrouwen dat hij nee kan zeggen',
  SEVERE_PSYCHOPATHOLOGY: 'Heeft ernstige psychische problemen',
  MANY_PSYCHIATRIC_SYMPTOMS: 'Heeft veel psychische klachten',
  LOW_SOCIAL_INTEGRATION: 'Doet weinig mee in de samenleving',
  NEED_SUPPORT_STAYING_ABSTINENT: 'Heeft veel steun nodig om te blijven stoppen',
  SOCIAL_CRISIS: 'Zit in een sociale crisis',
  NEED_SUPPORT_IN_HARD_TIMES: 'Wil steun in moeilijke tijden',
  NEED_PEER_CONTACT: 'Wil contact met lotgenoten',
  LOW_TRUST_IN_CARE: 'Heeft weinig vertrouwen in hulpverleners',
  DENIAL_OR_AVOIDANCE: 'Ontkent het probleem of ontloopt het',
  NO_ADMISSION_WANTED: 'Wil niet worden opgenomen',
  RELIGION_CONCERN: 'Twijfelt door het woord ‘God’ in 12-stappengroepen',
  NO_IMPORTANCE_OF_CHANGE: 'Vindt veranderen niet belangrijk (0 van 5)',
  NO_CONFIDENCE_IN_CHANGE: 'Heeft geen vertrouwen in veranderen',
};

export const RISK_LABELS: Record<Codes<'riskSignals'>, string> = {
  OVERDOSE: 'Kans op een overdosis',
  DANGEROUS_WITHDRAWAL_GHB: 'Wil stoppen of minderen met GHB',
  DANGEROUS_WITHDRAWAL_ALCOHOL: 'Wil stoppen of minderen met veel alcohol',
  DANGEROUS_WITHDRAWAL_BENZODIAZEPINES: 'Wil stoppen of minderen met slaap- of kalmeringsmiddelen (benzodiazepines)',
  SUICIDAL_STATEMENTS: 'Praat over zelfdoding',
  AGGRESSION: 'Is agressief onder invloed',
  INTOXICATED_AT_WORK: 'Is als arts onder invloed op het werk',
  CHILDREN_PRESENT: 'Er wonen kinderen in huis',
  DEBT_TO_DEALER: 'Heeft een schuld bij een dealer',
  HELP_REFUSED: 'Weigert hulp',
};

export const URGENCY_LABELS: Record<string, string> = {
  EMERGENCY: 'Eerst doen, vóór al het andere',
  IMMEDIATE: 'Vandaag doen',
  ATTENTION: 'Bespreek dit met je team',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  FITS_NOW: 'Past nu',
  MAY_FIT: 'Past mogelijk',
  NOT_NOW: 'Nu niet verwijzen',
  LATER_SERIAL: 'Later, na de huidige behandeling',
  DOES_NOT_FIT: 'Past niet',
};

export const ROUTE_LABELS: Record<string, string> = {
  DIRECT: 'Zelf contact opnemen',
  VIA_CONTACT_PERSON: 'Via een contactpersoon van de groep',
  VIA_MAKELAAR: 'Via de makelaar (zelfhulp) van de instelling',
};

/** What a reason of the advice is (a condition, a caution, …); not the kind of an organisation. */
export const REASON_KIND_LABELS: Record<string, string> = {
  ABSOLUTE: 'Voorwaarde',
  RELATIVE_INDICATION: 'Spreekt ervoor',
  CAUTION: 'Let op',
  EXCLUSION: 'Sluit uit',
  NOT_CONTRA_INDICATION: 'Geen bezwaar',
  SERIAL_ONLY: 'Pas na de behandeling',
  RISK_SIGNAL: 'Risicosignaal',
  ROUTE: 'Zo verwijst u',
};

/** Short names of the seed documents, for sources a reader can recognise. */
export const SOURCE_NAMES: Record<string, string> = {
  '000_df5924b872e217c2.txt': 'KNMG, onderwijsmodule Verslaving onder artsen',
  '001_cb8d4f5b36a5cba2.txt': 'Bijblijven 2017, Verslaving en artsen',
  '002_e30f9ceb731b810b.txt': 'Handleiding Onbenutte mogelijkheden (2002–2004)',
  '003_402bb011c7234146.txt': 'De Borg, behandelmodule Middelengebruik (2025)',
  '004_9366bc2566e26373.txt': 'VAD, middelengebruik in de thuiscontext (2023)',
};

export function sourceText(source?: { document: string; section: string }): string | undefined {
  if (!source) return undefined;
  return `${SOURCE_NAMES[source.document] ?? source.document}, ${source.section}`;
}
