-- The texts of the client's referral sheet (issue 15): a new published version of the sheet texts with these keys
-- added (a published version is frozen, V45), and the same keys added to an open draft so publishing it keeps them.
create temporary table referral_sheet_text (texts jsonb) on commit drop;
insert into referral_sheet_text values ($json$[
 {"key": "referral.intro", "document": "002_e30f9ceb731b810b.txt", "section": "3. Verwijzing",
  "text": "Op dit blad staat de zelfhulpgroep die u met uw hulpverlener hebt gekozen. U leest hoe u gaat en wanneer de groep bij elkaar komt."},
 {"key": "referral.route.direct", "document": "002_e30f9ceb731b810b.txt", "section": "3. Verwijzing, b. Verwijzing kan",
  "text": "U gaat zelf naar de groep. U hoeft zich niet aan te melden. Kom op tijd, dan kunt u eerst even kijken."},
 {"key": "referral.route.via_contact_person", "document": "002_e30f9ceb731b810b.txt", "section": "3. Verwijzing, b. Verwijzing kan",
  "text": "Iemand van de groep vertelt u meer over de groep. Deze persoon kan u ook voorstellen aan de groep."},
 {"key": "referral.route.via_makelaar", "document": "002_e30f9ceb731b810b.txt", "section": "3. Verwijzing, b. Verwijzing kan",
  "text": "Een medewerker van uw instelling helpt u. Deze medewerker maakt een afspraak en kan met u meegaan."},
 {"key": "referral.checkin", "document": "002_e30f9ceb731b810b.txt", "section": "3. Verwijzing",
  "text": "Bent u naar de groep geweest? Scan de code met uw telefoon en vertel ons hoe het ging. Dat mag, hoeft niet."}
]$json$);

update sheet_text_version set texts = texts || (select texts from referral_sheet_text) where status = 'DRAFT';

-- One statement: the old version is superseded before the new one is inserted (one published version at a time).
with previous as (
    update sheet_text_version set status = 'SUPERSEDED' where status = 'PUBLISHED' returning number, texts
)
insert into sheet_text_version (number, status, texts, based_on, created_by, published_by, published_at)
select (select max(number) + 1 from sheet_text_version), 'PUBLISHED', p.texts || r.texts, p.number,
       'migration V115', 'migration V115', now()
from previous p, referral_sheet_text r;
