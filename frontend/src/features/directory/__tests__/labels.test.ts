import { describe, expect, it } from 'vitest';

import {
  APPROACH_LABELS,
  AUDIENCE_LABELS,
  BEHAVIOUR_LABELS,
  CONTACT_KIND_LABELS,
  COUNTRY_LABELS,
  ORGANISATION_KIND_LABELS,
  label,
  labelList,
  STATUS_LABELS,
} from '../labels';

describe('directory labels', () => {
  it('gives every code a Dutch label as agreed', () => {
    expect(ORGANISATION_KIND_LABELS).toEqual({
      SELF_HELP_FELLOWSHIP: 'Zelfhulpgroep',
      FAMILY_GROUP: 'Groep voor naasten',
      SUPPORT_POINT: 'Steunpunt zelfhulp',
      KNOWLEDGE_CENTRE: 'Kenniscentrum',
      ONLINE_HELP: 'Online hulp',
      PROFESSIONAL_PROGRAMME: 'Programma voor professionals',
    });
    expect(APPROACH_LABELS).toEqual({
      TWELVE_STEP: '12-stappen',
      SECULAR: 'Niet-religieus (seculier)',
      THEME_BASED: 'Themagericht',
      NOT_APPLICABLE: 'Niet van toepassing',
    });
    expect(AUDIENCE_LABELS).toEqual({
      PERSON: 'Persoon met een verslaving',
      PARTNER: 'Partner',
      PARENT: 'Ouder',
      CHILD: 'Kind',
      RELATIVE: 'Familielid of naaste',
      COLLEAGUE: 'Collega',
      PROFESSIONAL: 'Hulpverlener',
    });
    expect(BEHAVIOUR_LABELS).toEqual({
      ALCOHOL: 'Alcohol',
      DRUGS: 'Drugs',
      GAMBLING: 'Gokken',
      MEDICATION: 'Medicijnen',
      EATING: 'Eten',
      OTHER: 'Overig',
    });
    expect(COUNTRY_LABELS).toEqual({ NL: 'Nederland', BE: 'België' });
    expect(STATUS_LABELS).toEqual({ ACTIVE: 'Actief', IN_FORMATION: 'In oprichting', INACTIVE: 'Niet actief' });
    expect(CONTACT_KIND_LABELS).toEqual({
      VISIT_ADDRESS: 'Bezoekadres',
      POSTAL_ADDRESS: 'Postadres',
      PHONE: 'Telefoon',
      HELPLINE: 'Hulplijn',
      EMAIL: 'E-mail',
      WEBSITE: 'Website',
    });
  });

  it('shows an unknown code as it is instead of failing', () => {
    expect(label(ORGANISATION_KIND_LABELS, 'FAMILY_GROUP')).toBe('Groep voor naasten');
    expect(label(ORGANISATION_KIND_LABELS, 'NEW_KIND')).toBe('NEW_KIND');
    expect(label(ORGANISATION_KIND_LABELS, 'toString')).toBe('toString');
  });

  it('joins a list of labels as Dutch prose', () => {
    expect(labelList(AUDIENCE_LABELS, [])).toBe('');
    expect(labelList(AUDIENCE_LABELS, ['PARTNER'])).toBe('Partner');
    expect(labelList(AUDIENCE_LABELS, ['PARTNER', 'PARENT'])).toBe('Partner en Ouder');
    expect(labelList(AUDIENCE_LABELS, ['PARTNER', 'PARENT', 'CHILD'])).toBe('Partner, Ouder en Kind');
  });
});
