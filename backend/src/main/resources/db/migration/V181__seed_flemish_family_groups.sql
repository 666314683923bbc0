-- Seed: the other Flemish family groups that 004 names (issue 12, "the Flemish family groups of 004 §7"). V90 added
-- Similes; the same sentence names Al Anon and Alateen for relatives in Flanders:
-- 004, '7 | Wat met de partners ?', SAMENWERKEN: "Doorverwijzen naar familiegroep of lotgenotengroep
-- (Al Anon, Alateen, Similes)". Without them a child of a drinker in Flanders found no group at all.
-- Facts: the names, Flanders (the seed is a Flemish handbook), a family group to refer relatives to. The seed gives
-- no address or website, so no contact points (as Similes). Audiences and behaviour follow 002's Inleiding, which
-- names "partners en kinderen van alcoholisten (Al-Anon, Alateen, Al-Anon ACA)": Al Anon for partners, Alateen for
-- children, alcohol (inference, listed in docs/advice-seed-choices.md). Approach NOT_APPLICABLE, as Similes: 004 does
-- not say how they work.
insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
values ('al-anon-vlaanderen', 'Al Anon (Vlaanderen)', 'Al Anon', 'FAMILY_GROUP', 'NOT_APPLICABLE', 'BE', 'ACTIVE',
        'Familiegroep in Vlaanderen waar hulpverleners de partner van iemand die drinkt naar kunnen doorverwijzen.',
        array['PARTNER'], array['ALCOHOL'],
        '004_9366bc2566e26373.txt', '7 | Wat met de partners ?', date '2023-01-01'),
       ('alateen-vlaanderen', 'Alateen (Vlaanderen)', 'Alateen', 'FAMILY_GROUP', 'NOT_APPLICABLE', 'BE', 'ACTIVE',
        'Lotgenotengroep in Vlaanderen voor kinderen van iemand die drinkt. Hulpverleners kunnen naar deze groep doorverwijzen.',
        array['CHILD'], array['ALCOHOL'],
        '004_9366bc2566e26373.txt', '7 | Wat met de partners ?', date '2023-01-01');
