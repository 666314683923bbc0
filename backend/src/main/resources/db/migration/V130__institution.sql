-- The institutions that use the Zelfhulpwijzer, by the code in the token's 'instelling' claim, with the name people
-- know them by (shown in the header instead of the code). Fictional local institutions for the demo realm.
create table institution (
    code varchar(80)  primary key check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name varchar(200) not null
);

insert into institution (code, name) values
    ('demo-instelling', 'Voorbeeldinstelling Verslavingszorg'),
    ('andere-instelling', 'Andere voorbeeldinstelling');

-- The makelaar (002: the 'scharnier' between client and group) is recorded as one of the institution's contacts.
alter table contact_person drop constraint contact_person_role_check;
alter table contact_person add constraint contact_person_role_check check (role in ('AANDACHTSFUNCTIONARIS',
    'LIJNVERANTWOORDELIJKE', 'CONTACTPERSOON_GROEP', 'STEUNPUNT', 'ERVARINGSDESKUNDIGE', 'MAKELAAR'));
