// Test data shaped like GET /api/v1/pathways, with texts and citations as seeded from the sources.
import type { Pathway, PathwayList } from '../types';

const D2 = '002_e30f9ceb731b810b.txt';
const D3 = '003_402bb011c7234146.txt';

export const naasten: Pathway = {
  id: 'naasten',
  variant: 'NAASTEN',
  audience: 'FAMILY',
  version: 1,
  status: 'PUBLISHED',
  title: 'Zelfhulp voor naasten en familie',
  summary: 'Voorlichting aan familieleden over zelfhulpgroepen voor henzelf en voor de cliënt.',
  level: 'VOORLICHTING',
  source: { document: D2, section: 'ADVIESNOTA', quote: 'Familieleden zijn immers meestal geen cliënten.' },
  steps: [
    {
      key: 'naasten-eerste-gelegenheid',
      phases: ['AANMELDING', 'INTAKE'],
      level: 'VOORLICHTING',
      title: 'Voorlichting bij de eerste gelegenheid',
      action: 'Reik folders uit en geef mondelinge toelichting bij de eerste gelegenheid.',
      actors: ['HULPVERLENER'],
      materials: [],
      checklist: [
        {
          text: 'Familie gewezen op groepen voor henzelf.',
          source: { document: D2, section: 'Inleiding', quote: 'Voor familieleden zijn er onder andere groepen' },
        },
        {
          text: 'Folder uitgereikt.',
          source: { document: D2, section: 'ADVIESNOTA', quote: '5a Folder(s) uitreiken' },
        },
      ],
      guidance: [
        {
          kind: 'TIP',
          text: 'De familie is ook een belangrijke schakel in de voorlichting aan cliënten.',
          source: { document: D2, section: 'DE ORGANISATIE VAN DE VOORLICHTING', quote: 'De familie is overigens ook' },
        },
      ],
      source: { document: D2, section: 'ADVIESNOTA', quote: '5a Folder(s) uitreiken' },
    },
  ],
  guidance: [
    {
      kind: 'BARRIER',
      text: 'Groepen voor familieleden zijn bij hulpverleners vaak minder bekend.',
      answer: 'Zorg voor concrete informatie over groepen en contactpersonen.',
      source: { document: D2, section: '5. Implementatie van de handleiding', quote: 'Speciaal aandachtspunt' },
      answerSource: { document: D2, section: '5. Implementatie van de handleiding', quote: 'Concrete informatie' },
    },
  ],
};

export const lvb: Pathway = {
  id: 'lvb',
  variant: 'LVB',
  audience: 'CLIENT',
  version: 1,
  status: 'PUBLISHED',
  title: 'Cliënten met een licht verstandelijke beperking (SGLVG)',
  summary: 'Aangepaste route op basis van de behandelmodule Middelengebruik van De Borg.',
  level: 'VOORLICHTING',
  source: { document: D3, section: 'Groepsgrootte', quote: 'Een groepsgrootte van 6 deelnemers' },
  steps: [
    {
      key: 'lvb-sos-kaart',
      phases: ['NAZORG'],
      level: 'VOORLICHTING',
      title: 'De SOS-kaart',
      action: 'Op de SOS-kaart staat wie de cliënt kan bellen als hij het moeilijk heeft.',
      actors: ['HULPVERLENER'],
      inference: true,
      note: 'De module noemt zelfhulpgroepen niet.',
      materials: [{ text: 'SOS-kaart uit het deelnemerswerkboek.', source: { document: D3, section: '2.4', quote: 'SOS-kaart' } }],
      checklist: [],
      guidance: [],
      source: { document: D3, section: '2.4 Anders doen - 2', quote: 'Er staat op wie je kan bellen' },
    },
  ],
  guidance: [],
};

export function pathwaysFor(phase: string | null, variant: string | null): PathwayList {
  const items = [naasten, lvb]
    .filter((p) => !variant || p.variant === variant)
    .map((p) => ({ ...p, steps: p.steps.filter((s) => !phase || (s.phases as string[]).includes(phase)) }))
    .filter((p) => p.steps.length > 0);
  return { items };
}
