-- Seed: organisations and audiences the seeds name but V2 left out (issue 12). Only facts from the seeds; every row
-- cites its passage; an inference is marked "inference" here and in docs/advice-seed-choices.md.

-- 004, '7 | Wat met de partners ?', SAMENWERKEN: "Doorverwijzen naar familiegroep of lotgenotengroep
-- (Al Anon, Alateen, Similes)". The Flemish family group Similes; the seed gives no address or website, so no
-- contact points. Behaviours: the chapter is about "een partner die alcohol of drugs gebruikt".
insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('similes', 'Similes', null, 'FAMILY_GROUP', 'NOT_APPLICABLE', 'BE', 'ACTIVE',
        'Familiegroep of lotgenotengroep in Vlaanderen waar hulpverleners de partner van iemand die alcohol of drugs gebruikt naar kunnen doorverwijzen.',
        array['PARTNER'], array['ALCOHOL', 'DRUGS'],
        '004_9366bc2566e26373.txt', '7 | Wat met de partners ?', date '2023-01-01');

-- Parents of a drinker (inference): Al-Anon calls itself "Familiegroepen" (002, Bijlage 3) and 002's Inleiding
-- names it for "partners en kinderen van alcoholisten"; a parent is family, so parents now find Al-Anon too.
update organisation set audiences = array_append(audiences, 'PARENT')
 where id = 'al-anon' and not ('PARENT' = any (audiences));

-- 001 (Bijblijven 2017), support for doctors' own functioning. Not about an addiction: behaviour OTHER, audience
-- PROFESSIONAL, so the advice never ranks them as a group for a substance; the directory lists them.
insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('coaches-voor-medici', 'Coaches voor Medici', null, 'PROFESSIONAL_PROGRAMME', 'NOT_APPLICABLE', 'NL', 'ACTIVE',
        'Netwerk van artsen en psychologen door het hele land met een gecertificeerde supervisie-coachingsopleiding, alleen voor de medische sector. Voor supervisie, coaching, teamcoaching en loopbaanbegeleiding van (huis)artsen.',
        array['PROFESSIONAL'], array['OTHER'],
        '001_cb8d4f5b36a5cba2.txt', 'Supervisie: leren over mezelf; Loopbaanbegeleiding: APK (ver)ken jezelf', date '2017-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('coaches-voor-medici', 1, 'WEBSITE', null, 'http://www.coachesvoormedici.nl', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('balint-nederland', 'Balintvereniging', null, 'PROFESSIONAL_PROGRAMME', 'NOT_APPLICABLE', 'NL', 'ACTIVE',
        'Balintgroepen voor huisartsen: samen de arts-patiëntrelatie onderzoeken. De vereniging organiseert jaarlijks een symposium voor huisartsen en POH-GGZ.',
        array['PROFESSIONAL'], array['OTHER'],
        '001_cb8d4f5b36a5cba2.txt', 'Balintgroepen', date '2017-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('balint-nederland', 1, 'WEBSITE', null, 'http://www.balintnederland.nl', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('carrierecentrum-zorg', 'CarrièreCentrum Zorg', null, 'PROFESSIONAL_PROGRAMME', 'NOT_APPLICABLE', 'NL', 'ACTIVE',
        'Loopbaancheck voor VvAA-verzekerden, onder wie huisartsen: met twee gesprekken en enkele gerichte opdrachten een snelle balans.',
        array['PROFESSIONAL'], array['OTHER'],
        '001_cb8d4f5b36a5cba2.txt', 'Loopbaanbegeleiding: APK (ver)ken jezelf — Specifiek aanbod voor (huis)artsen', date '2017-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('carrierecentrum-zorg', 1, 'WEBSITE', 'Loopbaancheck', 'https://www.cczorg.nl/artikelen/loopbaancheck/', null);
