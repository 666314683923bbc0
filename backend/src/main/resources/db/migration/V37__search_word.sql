-- Search performance (issue 4): typo tolerance compared a mistyped term with the whole search text of every candidate
-- group (trigram word similarity, 15 µs a group). PostgreSQL's documentation advises a list of the distinct words
-- instead: the term is compared with a few hundred words, and the similar words are then found by full text.
-- Words are added when a group's search text changes and never removed (a word nobody uses any more finds nothing).
create table search_word (
    word varchar(100) primary key
);

create function search_words_of(p_text text) returns setof varchar language sql immutable as $$
    select distinct cast(w as varchar) from regexp_split_to_table(p_text, '[^[:alnum:]-]+') as w
     where length(w) between 3 and 100
$$;

insert into search_word (word)
select distinct w from self_help_group g, search_words_of(g.search_text) as w
on conflict do nothing;

create function search_word_collect() returns trigger language plpgsql as $$
begin
    insert into search_word (word) select w from search_words_of(new.search_text) as w on conflict do nothing;
    return null;
end $$;
-- Not "update of search_text": a BEFORE trigger computes that column, and column triggers only see the SET list.
create trigger self_help_group_search_word_insert_trg after insert on self_help_group
    for each row execute function search_word_collect();
create trigger self_help_group_search_word_update_trg after update on self_help_group
    for each row when (new.search_text is distinct from old.search_text) execute function search_word_collect();
