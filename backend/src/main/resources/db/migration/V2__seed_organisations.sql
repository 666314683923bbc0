-- Seed: organisations from the source documents in shared/seeds (historical data).
-- 002_e30f9ceb731b810b.txt  handbook 'Onbenutte mogelijkheden' (Resultaten Scoren, 2002-2004), Bijlage 3
-- 004_9366bc2566e26373.txt  VAD syllabus, middelengebruik in de thuiscontext (Vlaanderen, 2023)
-- 001_cb8d4f5b36a5cba2.txt  Bijblijven 2017, 'Verslaving en artsen' (ABS-artsen, Anonieme Dokters)
-- Every value is taken from the seed text. Addresses, numbers and URLs are as old as the document;
-- verified_at is January 1st of the document's year, so the system can show that the data may be outdated.

-- ---------------------------------------------------------------------------------------------------
-- 002 — Bijlage 3, Zelfhulpgroepen (2004)
-- ---------------------------------------------------------------------------------------------------

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('aa-nederland', 'Anonieme Alcoholisten Nederland', 'AA', 'SELF_HELP_FELLOWSHIP', 'TWELVE_STEP', 'NL', 'ACTIVE',
        'AA is de bekendste zelfhulpgroep voor mensen met een alcoholprobleem. De groepen werken met het 12-stappenprogramma en zijn er voor iedereen die wil stoppen met drinken; het doel is een nuchter leven. AA heeft de meeste groepen en die zijn over het hele land verspreid.',
        array['PERSON'], array['ALCOHOL'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Zelfhulpgroepen)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('aa-nederland', 1, 'VISIT_ADDRESS', 'Algemeen Diensten Bureau', 'Statenweg 207, 3039 HP Rotterdam', null),
    ('aa-nederland', 2, 'POSTAL_ADDRESS', 'Algemeen Diensten Bureau', 'Postbus 2633, 3000 CP Rotterdam', null),
    ('aa-nederland', 3, 'PHONE', null, '010 243 01 75', null),
    ('aa-nederland', 4, 'EMAIL', null, 'adb@aa-nederland.nl', null),
    ('aa-nederland', 5, 'WEBSITE', null, 'http://www.aa-nederland.nl', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('agog', 'Anonieme Gokkers en Omgeving', 'AGOG', 'SELF_HELP_FELLOWSHIP', 'TWELVE_STEP', 'NL', 'ACTIVE',
        'Zelfhulpgroepen voor mensen met een gokprobleem en voor hun familie. De groepen werken met het 12-stappenprogramma.',
        array['PERSON', 'PARTNER', 'PARENT', 'CHILD', 'RELATIVE'], array['GAMBLING'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Zelfhulpgroepen)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('agog', 1, 'POSTAL_ADDRESS', null, 'Postbus 4041, 5604 EA Eindhoven', null),
    ('agog', 2, 'PHONE', 'Informatienummer', '0900 2177721', '€ 0,10 per minuut'),
    ('agog', 3, 'PHONE', null, '040 2519553', null),
    ('agog', 4, 'EMAIL', null, 'info@agog.nl', null),
    ('agog', 5, 'WEBSITE', null, 'http://www.stoppenmetgokken.nl', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('al-anon', 'Al-Anon Familiegroepen Nederland', 'Al-Anon', 'FAMILY_GROUP', 'TWELVE_STEP', 'NL', 'ACTIVE',
        'Groepen voor partners en familieleden van mensen met een alcoholprobleem. Zij delen er hun ervaringen met lotgenoten.',
        array['PARTNER', 'RELATIVE'], array['ALCOHOL'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Zelfhulpgroepen)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('al-anon', 1, 'POSTAL_ADDRESS', null, 'Postbus 3007, 2800 CC Gouda', null),
    ('al-anon', 2, 'PHONE', null, '024 3504145', null),
    ('al-anon', 3, 'PHONE', null, '0523 267266', null),
    ('al-anon', 4, 'PHONE', null, '06 10271339', null),
    ('al-anon', 5, 'EMAIL', null, 'info@al-anon.nl', null),
    ('al-anon', 6, 'WEBSITE', null, 'http://www.al-anon.nl', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('alateen-al-anon-aca', 'Alateen / Al-Anon ACA Nederland', 'Alateen / ACA', 'FAMILY_GROUP', 'TWELVE_STEP', 'NL', 'ACTIVE',
        'Groepen voor kinderen van mensen met een alcoholprobleem. Zij horen bij Al-Anon en delen er hun ervaringen met lotgenoten.',
        array['CHILD'], array['ALCOHOL'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Zelfhulpgroepen)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('alateen-al-anon-aca', 1, 'POSTAL_ADDRESS', null, 'Postbus 10368, 1001 EJ Amsterdam', null),
    ('alateen-al-anon-aca', 2, 'PHONE', null, '0346 564541', null),
    ('alateen-al-anon-aca', 3, 'EMAIL', null, 'alateen_aca@al-anon.nl', null),
    ('alateen-al-anon-aca', 4, 'WEBSITE', null, 'http://www.al-anon.nl', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('anonieme-overeters', 'Anonieme Overeters', null, 'SELF_HELP_FELLOWSHIP', 'TWELVE_STEP', 'NL', 'ACTIVE',
        'Zelfhulpgroepen voor mensen die te veel eten. De bron noemt alleen de naam en de contactgegevens.',
        array['PERSON'], array['EATING'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Zelfhulpgroepen)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('anonieme-overeters', 1, 'POSTAL_ADDRESS', null, 'Postbus 61025, 005 HA Amsterdam', 'Postcode zo overgenomen uit de bron; daar lijkt een cijfer te ontbreken.'),
    ('anonieme-overeters', 2, 'PHONE', null, '020 627 48 20', null),
    ('anonieme-overeters', 3, 'EMAIL', null, 'info@anonieme-overeters.nl', null),
    ('anonieme-overeters', 4, 'WEBSITE', null, 'http://www.anonieme-overeters.nl/index.html', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('stichting-zelfhelp-nederland', 'Buitenveldert Werkgroepen (Stichting Zelfhelp Nederland)', 'Buitenveldert Werkgroepen',
        'SELF_HELP_FELLOWSHIP', 'THEME_BASED', 'NL', 'ACTIVE',
        'Zelfhulpgroepen die zich niet op één soort verslaving richten en niet op abstinentie gericht zijn. De deelnemers praten met elkaar over thema''s die zij zelf inbrengen. De groepen waren maar op een beperkt aantal plaatsen actief.',
        array['PERSON'], array['ALCOHOL', 'DRUGS', 'GAMBLING', 'MEDICATION', 'OTHER'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Zelfhulpgroepen)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('stichting-zelfhelp-nederland', 1, 'POSTAL_ADDRESS', null, 'Postbus 1, 1520 AA Wormerveer', null),
    ('stichting-zelfhelp-nederland', 2, 'PHONE', null, '075 6401634', null),
    ('stichting-zelfhelp-nederland', 3, 'EMAIL', null, 'info@zelfhelp.nl', null),
    ('stichting-zelfhelp-nederland', 4, 'WEBSITE', null, 'http://www.zelfhelp.nl', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('na-nederland', 'Narcotics Anonymous / Anonieme Verslaafden', 'NA', 'SELF_HELP_FELLOWSHIP', 'TWELVE_STEP', 'NL', 'ACTIVE',
        'Zelfhulpgroepen voor mensen die drugs gebruiken en willen stoppen. De groepen werken met het 12-stappenprogramma. Groepen verschillen in hoe zij omgaan met deelnemers die van een arts medicijnen krijgen, bijvoorbeeld bij psychiatrische problemen.',
        array['PERSON'], array['DRUGS'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Zelfhulpgroepen)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('na-nederland', 1, 'PHONE', null, '020 6626307', null),
    ('na-nederland', 2, 'EMAIL', null, 'na-holland@na-holland.nl', null),
    ('na-nederland', 3, 'WEBSITE', null, 'http://www.na-holland.nl', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('lsovd', 'Landelijke Stichting Ouders en Verwanten van Druggebruikers', 'LSOVD', 'FAMILY_GROUP', 'NOT_APPLICABLE', 'NL', 'ACTIVE',
        'Landelijke stichting voor ouders en andere familieleden van mensen die drugs gebruiken. Er zijn groepen voor ouders van drugsgebruikers en er is een telefonische hulpdienst.',
        array['PARENT', 'RELATIVE'], array['DRUGS'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Zelfhulpgroepen)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('lsovd', 1, 'POSTAL_ADDRESS', null, 'Postbus 12132, 3501 AC Utrecht', null),
    ('lsovd', 2, 'HELPLINE', 'Hulpdienst', '0900 5152244', null),
    ('lsovd', 3, 'PHONE', null, '030 2544300', null),
    ('lsovd', 4, 'EMAIL', null, 'info@lsovd.org', null),
    ('lsovd', 5, 'WEBSITE', null, 'http://www.lsovd.org', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('svmg', 'Stichting Vrouwen en Medicijngebruik', 'SVMG', 'SELF_HELP_FELLOWSHIP', 'NOT_APPLICABLE', 'NL', 'ACTIVE',
        'Stichting voor vrouwen die problemen hebben met het gebruik van medicijnen. Het handboek noemt haar bij de zelfhulpgroepen waar hulpverleners naar kunnen verwijzen.',
        array['PERSON'], array['MEDICATION'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Zelfhulpgroepen)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('svmg', 1, 'VISIT_ADDRESS', null, 'Kronehoefstraat 21-29, 5612 HK Eindhoven', null),
    ('svmg', 2, 'PHONE', null, '040 2121746', null),
    ('svmg', 3, 'WEBSITE', null, 'http://svmg.dse.nl', null);

-- ---------------------------------------------------------------------------------------------------
-- 002 — Bijlage 3, Steunpunten (2004)
-- ---------------------------------------------------------------------------------------------------

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('zelfhulp-netwerk-eindhoven', 'Stichting Zelfhulp Netwerk Eindhoven / Kempenland', 'Zelfhulp Netwerk Eindhoven',
        'SUPPORT_POINT', 'NOT_APPLICABLE', 'NL', 'ACTIVE',
        'Steunpunt voor zelfhulpgroepen in de regio Eindhoven en Kempenland. Een steunpunt kan voor een instelling één aanspreekpunt zijn voor alle groepen in de regio. Het steunpunt deed veel voorbereidend werk voor het handboek ''Onbenutte mogelijkheden''.',
        array['PERSON', 'PARTNER', 'PARENT', 'CHILD', 'RELATIVE', 'PROFESSIONAL'],
        array['ALCOHOL', 'DRUGS', 'GAMBLING', 'MEDICATION', 'EATING', 'OTHER'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Steunpunten)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('zelfhulp-netwerk-eindhoven', 1, 'VISIT_ADDRESS', null, 'Kronehoefstraat 21-29, 5612 HK Eindhoven', null),
    ('zelfhulp-netwerk-eindhoven', 2, 'PHONE', null, '040-2 11 83 28', null),
    ('zelfhulp-netwerk-eindhoven', 3, 'EMAIL', null, 'info@zelfhulpnetwerk.nl', null),
    ('zelfhulp-netwerk-eindhoven', 4, 'WEBSITE', null, 'http://www.zelfhulpnetwerk.nl', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('steunpunt-zelfhulp-den-bosch', 'Steunpunt Zelfhulp ''s-Hertogenbosch & Regio', 'Steunpunt Zelfhulp Den Bosch',
        'SUPPORT_POINT', 'NOT_APPLICABLE', 'NL', 'IN_FORMATION',
        'Steunpunt voor zelfhulpgroepen in ''s-Hertogenbosch en de regio. Toen het handboek verscheen, was het steunpunt nog in oprichting.',
        array['PERSON', 'PARTNER', 'PARENT', 'CHILD', 'RELATIVE', 'PROFESSIONAL'],
        array['ALCOHOL', 'DRUGS', 'GAMBLING', 'MEDICATION', 'EATING', 'OTHER'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Steunpunten)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('steunpunt-zelfhulp-den-bosch', 1, 'VISIT_ADDRESS', null, 'Churchillaan 82, 5224 BW ''s-Hertogenbosch', null),
    ('steunpunt-zelfhulp-den-bosch', 2, 'PHONE', null, '073-6237263', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('trimbos-instituut', 'Trimbos-instituut, Informatie- en Ontwikkelingscentrum ''Zelfhulpgroepen en Verslavingen''',
        'Trimbos-instituut', 'KNOWLEDGE_CENTRE', 'NOT_APPLICABLE', 'NL', 'ACTIVE',
        'Centrum van het Trimbos-instituut voor informatie en ontwikkeling over zelfhulpgroepen en verslaving. Het centrum begeleidde de pilots met het handboek ''Onbenutte mogelijkheden'' en kan voor instellingen de samenwerking met zelfhulpgroepen onderzoeken.',
        array['PROFESSIONAL'], array['ALCOHOL', 'DRUGS', 'GAMBLING', 'MEDICATION', 'EATING', 'OTHER'],
        '002_e30f9ceb731b810b.txt', 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Steunpunten)',
        date '2004-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('trimbos-instituut', 1, 'VISIT_ADDRESS', null, 'Da Costakade 45, 3521 VS Utrecht', null),
    ('trimbos-instituut', 2, 'PHONE', null, '030 29 59 272/231', null),
    ('trimbos-instituut', 3, 'EMAIL', null, 'rkolk@trimbos.nl', null),
    ('trimbos-instituut', 4, 'WEBSITE', null, 'http://www.trimbos.nl', null);

-- ---------------------------------------------------------------------------------------------------
-- 004 — VAD syllabus, Vlaanderen (2023)
-- ---------------------------------------------------------------------------------------------------

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('aa-vlaanderen', 'Anonieme Alcoholisten Vlaanderen', 'AA Vlaanderen', 'SELF_HELP_FELLOWSHIP', 'TWELVE_STEP', 'BE', 'ACTIVE',
        'Zelfhulpgroepen voor mensen met een alcoholprobleem die met het programma van 12 stappen werken. Het doel is abstinentie, maar dat hoeft niet meteen te lukken; nieuwe deelnemers worden opgevangen door de oudere leden. AA heeft open vergaderingen, waar een hulpverlener zelf of samen met een cliënt naartoe kan; de gegevens staan op de website.',
        array['PERSON'], array['ALCOHOL'],
        '004_9366bc2566e26373.txt', '8 | Zelfhulp', date '2023-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('aa-vlaanderen', 1, 'WEBSITE', null, 'http://www.aavlaanderen.org', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('na-belgium', 'Narcotics Anonymous België', 'NA Belgium', 'SELF_HELP_FELLOWSHIP', 'TWELVE_STEP', 'BE', 'ACTIVE',
        'Zelfhulpgroepen voor mensen die illegale drugs gebruiken, geïnspireerd op de 12 stappen van AA. Het doel is abstinentie, maar dat hoeft niet meteen te lukken; nieuwe deelnemers worden opgevangen door de oudere leden.',
        array['PERSON'], array['DRUGS'],
        '004_9366bc2566e26373.txt', '8 | Zelfhulp', date '2023-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('na-belgium', 1, 'WEBSITE', null, 'http://www.na-belgium.org', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('sos-nuchterheid', 'SOS Nuchterheid', 'SOSN', 'SELF_HELP_FELLOWSHIP', 'SECULAR', 'BE', 'ACTIVE',
        'Vrijzinnig en humanistisch zelfhulpinitiatief voor mensen met problemen met alcohol, drugs of pillen. De groepen werken zonder uitgewerkt programma; de nadruk ligt op groeien naar een zelfstandig nuchter leven, en de groep blijft beschikbaar zo lang als nodig. SOS Nuchterheid heeft geen open vergaderingen.',
        array['PERSON'], array['ALCOHOL', 'DRUGS', 'MEDICATION'],
        '004_9366bc2566e26373.txt', '8 | Zelfhulp', date '2023-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('sos-nuchterheid', 1, 'WEBSITE', null, 'http://www.sosnuchterheid.org', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('druglijn', 'Druglijn', null, 'ONLINE_HELP', 'NOT_APPLICABLE', 'BE', 'ACTIVE',
        'Website met informatie over middelen, zoals productinformatie over drugs en de effecten van gebruik. Er is ook informatie voor partners en voor mensen die bezorgd zijn om iemand.',
        array['PERSON', 'PARTNER', 'RELATIVE', 'PROFESSIONAL'], array['ALCOHOL', 'DRUGS'],
        '004_9366bc2566e26373.txt', '1 | Alcohol en andere drugs in huis; 7 | Wat met de partners?', date '2023-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('druglijn', 1, 'WEBSITE', null, 'http://www.druglijn.be', null),
    ('druglijn', 2, 'WEBSITE', 'Voor partners', 'http://www.druglijn.be/bezorgd-om-iemand/partners', null);

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('onlinepsyhulp', 'OnlinePsyHulp', null, 'ONLINE_HELP', 'NOT_APPLICABLE', 'BE', 'ACTIVE',
        'Website met gratis online hulp bij problemen met alcohol, cannabis, andere drugs of gokken, en bij angst of depressie (onder andere Alcoholhulp, Cannabishulp, Drughulp en Gokhulp). Je kunt een zelftest doen, zelfstandig een zelfhulpprogramma volgen of online begeleiding via chat krijgen, anoniem met een zelfgekozen nickname. Hulpverleners van een CGG of een andere ambulante dienst kunnen cliënten aanmelden voor een online module naast hun gesprekken.',
        array['PERSON', 'PARTNER', 'PROFESSIONAL'], array['ALCOHOL', 'DRUGS', 'GAMBLING'],
        '004_9366bc2566e26373.txt', '9 | Online hulpverlening (Online PsyHulp); websites uit 7 | Wat met de partners?', date '2023-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('onlinepsyhulp', 1, 'WEBSITE', 'Alcoholhulp, voor partners', 'http://www.alcoholhulp.be/partners-van-overmatige-alcoholgebruikers', null),
    ('onlinepsyhulp', 2, 'WEBSITE', 'Drughulp, voor partners', 'http://www.drughulp.be/partners-druggebruikers', null);

-- ---------------------------------------------------------------------------------------------------
-- 001 — Bijblijven 2017, 'Verslaving en artsen: van een toxische combinatie naar een superieur hulpprogramma'
-- ---------------------------------------------------------------------------------------------------

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('abs-artsen', 'ABS-artsen', 'ABS', 'PROFESSIONAL_PROGRAMME', 'NOT_APPLICABLE', 'NL', 'ACTIVE',
        'Vertrouwelijk steunpunt van de KNMG (sinds 2011) voor artsen met een verslaving. Een verslavingsarts of -psychiater doet een assessment en verwijst door naar behandeling; daarna volgt een monitoringsprogramma met een contract van vijf jaar, waarin lid zijn van een zelfhulpgroep verplicht is. Ook familieleden en collega''s kunnen contact opnemen.',
        array['PERSON', 'PARTNER', 'CHILD', 'RELATIVE', 'COLLEAGUE'], array['ALCOHOL', 'DRUGS', 'MEDICATION'],
        '001_cb8d4f5b36a5cba2.txt', 'Verslaving en artsen — Programma speciaal voor artsen; Hoe komt een huisarts in contact?',
        date '2017-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('abs-artsen', 1, 'WEBSITE', null, 'http://www.knmg.nl/abs-artsen', null),
    ('abs-artsen', 2, 'EMAIL', null, 'info@abs-artsen.nl', null),
    ('abs-artsen', 3, 'PHONE', 'Telefonisch spreekuur', '0900-0168', 'Op werkdagen tussen 13.00 en 14.00 uur');

insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('anonieme-dokters', 'Anonieme Dokters', null, 'SELF_HELP_FELLOWSHIP', 'NOT_APPLICABLE', 'NL', 'ACTIVE',
        'Groep waar huisartsen met een probleem aansluiting kunnen zoeken, ook bij andere problemen dan verslaving.',
        array['PERSON'], array['ALCOHOL', 'DRUGS', 'MEDICATION', 'OTHER'],
        '001_cb8d4f5b36a5cba2.txt', 'Verslaving en artsen — Hoe komt een huisarts in contact?', date '2017-01-01');
insert into contact_point (organisation_id, position, kind, label, value, note) values
    ('anonieme-dokters', 1, 'WEBSITE', null, 'http://www.anonieme-dokters.nl', null);
