-- Issue 12: every criterion carries a verbatim quote from its seed (source_quote) and says whether its text is an
-- inference from that passage rather than what the seed states. Version 1 (V21) was published without quotes and
-- stays unchanged (published content is immutable); version 2 (V151) carries them.
alter table criterion add column source_quote text;
alter table criterion add column inference boolean not null default false;
