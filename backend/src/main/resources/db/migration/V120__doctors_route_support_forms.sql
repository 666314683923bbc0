-- The doctors' route (pathway 'artsen'), version 2: version 1 plus one step with the support forms for doctors that
-- Bijblijven 2017 (001) describes: supervisie, intervisie, coaching, Balintgroepen and loopbaanbegeleiding, so that the
-- ABS-artsen route has its full context (issue 12). Written by hand, not by scripts/pathways/generate.py (which owns
-- version 1 in V11); every passage is checked verbatim by SeedCitationTest. 001 describes these forms for
-- (huis)artsen in general, not for addiction: placing them in this route is an inference, marked as such.
-- Published content never changes, so version 1 is superseded and version 2 published, as the editor would do.

update pathway_version set status = 'SUPERSEDED' where pathway_id = 'artsen' and status = 'PUBLISHED';

insert into pathway_version (pathway_id, number, status, content, based_on, created_by, published_by, published_at)
select 'artsen', (select max(number) + 1 from pathway_version where pathway_id = 'artsen'), 'PUBLISHED',
       jsonb_set(v.content, '{steps}', (v.content -> 'steps') || jsonb_build_array(jsonb_build_object(
           'key', 'artsen-begeleidingsvormen',
           'phases', jsonb_build_array('NAZORG', 'CASEMANAGEMENT'),
           'level', 'VOORLICHTING',
           'title', 'Begeleiding voor artsen: supervisie, intervisie, coaching, Balintgroep, loopbaan',
           'action', 'Vertel de arts welke begeleiding er is voor artsen zelf. Bij supervisie kijkt de arts met een '
               || 'supervisor naar hoe hij met zijn werk omgaat. Bij intervisie doet hij dat in een groep collega’s. '
               || 'Bij coaching werkt hij met een coach aan doelen die hij zelf kiest. Een Balintgroep is intervisie '
               || 'van huisartsen met een begeleider. Loopbaanbegeleiding helpt bij keuzes in het werk.',
           'actors', jsonb_build_array('HULPVERLENER', 'CASEMANAGER'),
           'inference', true,
           'note', 'De bron beschrijft deze begeleidingsvormen voor (huis)artsen in het algemeen, niet voor verslaving. '
               || 'Dat ze in deze route horen, naast ABS-artsen en de zelfhulpgroep, is een afleiding.',
           'source', jsonb_build_object('document', '001_cb8d4f5b36a5cba2.txt', 'section', 'Redactioneel ten geleide',
               'quote', 'Er zijn veel begeleidingsvormen ontwikkeld om (huis)artsen bij te staan in dit proces.'),
           'materials', jsonb_build_array(),
           'checklist', jsonb_build_array(),
           'guidance', jsonb_build_array(
               jsonb_build_object('kind', 'TIP',
                   'text', 'Supervisie: op basis van eigen ervaringen meer inzicht krijgen in het persoonlijk functioneren; individueel of in een kleine groep.',
                   'source', jsonb_build_object('document', '001_cb8d4f5b36a5cba2.txt', 'section', 'Supervisie: leren over mezelf',
                       'quote', 'Supervisie is een leermethode waarmee men op basis van de eigen ervaringen meer inzicht kan krijgen in het persoonlijk functioneren.')),
               jsonb_build_object('kind', 'TIP',
                   'text', 'Intervisie: in een groep op een vaste manier nadenken over jezelf en je werk.',
                   'source', jsonb_build_object('document', '001_cb8d4f5b36a5cba2.txt', 'section', 'Wat is intervisie?',
                       'quote', 'Intervisie is in groepsverband op een gestructureerde, methodische wijze reflecteren op zichzelf en het werk.')),
               jsonb_build_object('kind', 'TIP',
                   'text', 'Coaching: de arts werkt met een coach aan doelen die hij zelf kiest.',
                   'source', jsonb_build_object('document', '001_cb8d4f5b36a5cba2.txt', 'section', 'Coaching als recept voor persoonlijke professionaliteit',
                       'quote', 'In een samenspel met de coach werkt de huisarts aan zelfgekozen doelen')),
               jsonb_build_object('kind', 'TIP',
                   'text', 'Balintgroep: huisartsen doen samen intervisie met een begeleider; wat er besproken wordt, blijft vertrouwelijk.',
                   'source', jsonb_build_object('document', '001_cb8d4f5b36a5cba2.txt', 'section', 'De Balintmethode nu',
                       'quote', 'Alles wat in de groep besproken wordt blijft vertrouwelijk.')),
               jsonb_build_object('kind', 'TIP',
                   'text', 'Loopbaanbegeleiding: hulp bij keuzes in het werk en bij problemen rond de loopbaan.',
                   'source', jsonb_build_object('document', '001_cb8d4f5b36a5cba2.txt', 'section', 'Carrière en loopbaan',
                       'quote', 'Loopbaanbegeleiding staat voor die activiteiten die werkenden ten dienste staan bij het maken van (loopbaan)keuzes'))
           )))),
       v.number, 'seed', 'seed', now()
from pathway_version v
where v.pathway_id = 'artsen' and v.status = 'SUPERSEDED'
  and v.number = (select max(number) from pathway_version where pathway_id = 'artsen' and status = 'SUPERSEDED');

insert into pathway_change (pathway_id, version_number, action, detail, changed_by)
select 'artsen', max(number), 'PUBLISHED', 'Begeleidingsvormen voor artsen toegevoegd (Bijblijven 2017).', 'seed'
from pathway_version where pathway_id = 'artsen';
