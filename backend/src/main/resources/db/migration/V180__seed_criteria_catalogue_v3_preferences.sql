-- Seed: criteria catalogue version 3 (issue 12, "Preferences that users have"). The same 71 criteria as version 2
-- (copied unchanged), plus four preferences of whoever asks help: the language of the meetings, meetings for women
-- only (Meeting Guide code W; and the Stichting Vrouwen en Medicijngebruik), and Alateen for a relative younger than
-- 18. Each cites a real heading and a verbatim quote (CatalogueQuotesTest). The seeds name these groups but say
-- nothing about such preferences, so all four are marked as inferences; docs/advice-seed-choices.md gives the reasons.
-- Inserted as a DRAFT and then published, as the editor would do; the advice uses the newest published version.

insert into criteria_catalogue (version, status, title, note, created_by)
values (3, 'DRAFT', 'Verwijscriteria zelfhulp, derde versie: voorkeuren',
        'Zelfde criteria als versie 2, met vier voorkeuren erbij: de taal van de bijeenkomsten, bijeenkomsten alleen voor vrouwen, en Alateen voor een naaste jonger dan 18.',
        'seed');

insert into criterion (catalogue_version, code, position, kind, approaches, organisation_kinds, organisation_ids,
                       text, action, source_document, source_section, source_quote, inference)
select 3, code, position, kind, approaches, organisation_kinds, organisation_ids,
       text, action, source_document, source_section, source_quote, inference
from criterion where catalogue_version = 2;

insert into criterion (catalogue_version, code, position, kind, approaches, organisation_kinds, organisation_ids,
                       text, action, source_document, source_section, source_quote, inference) values
    (3, 'PREFERENCE_LANGUAGE', 72, 'RELATIVE_INDICATION', '{}', array['SELF_HELP_FELLOWSHIP', 'FAMILY_GROUP'], '{}',
        'De bijeenkomsten van deze groep zijn in de taal die de cliënt wil.',
        null,
        '003_402bb011c7234146.txt', '3.1 Vertrouwen opbouwen',
        'Sluit als trainer aan bij de taal van de deelnemers.', true),
    (3, 'PREFERENCE_WOMEN_ONLY_MEETINGS', 73, 'RELATIVE_INDICATION', '{}', array['SELF_HELP_FELLOWSHIP', 'FAMILY_GROUP'], '{}',
        'Deze groep heeft bijeenkomsten alleen voor vrouwen. Dat wil de cliënt graag.',
        null,
        '002_e30f9ceb731b810b.txt', 'd. Integratie',
        'Op een enkele uitzondering na (Vrouwengroep N-K West, 12-stappengroep ggzE)', true),
    (3, 'PREFERENCE_WOMEN_SVMG', 74, 'RELATIVE_INDICATION', '{}', '{}', array['svmg'],
        'De Stichting Vrouwen en Medicijngebruik is er voor vrouwen. Dat wil de cliënt graag.',
        null,
        '002_e30f9ceb731b810b.txt', 'BIJLAGE 3 NAMEN, ADRESSEN, WEBSITES VAN ZELFHULPGROEPEN',
        'Stichting Vrouwen en Medicijngebruik (SVMG)', true),
    (3, 'PREFERENCE_YOUNG_RELATIVE_ALATEEN', 75, 'RELATIVE_INDICATION', '{}', '{}', array['alateen-al-anon-aca', 'alateen-vlaanderen'],
        'Alateen is er voor kinderen van iemand die drinkt. Een naaste jonger dan 18 vindt daar leeftijdgenoten.',
        null,
        '002_e30f9ceb731b810b.txt', 'Inleiding',
        'voor partners en kinderen van alcoholisten (Al-Anon, Alateen, Al-Anon ACA)', true);

update criteria_catalogue set status = 'PUBLISHED', published_at = timestamptz '2026-12-06 21:00:00+00', published_by = 'seed'
where version = 3;
