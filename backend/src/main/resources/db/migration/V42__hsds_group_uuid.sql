-- HSDS ids are name-based UUIDs (version 3, as Java's UUID.nameUUIDFromBytes of "group:" + slug; HsdsMapper.uuid).
-- /hsds/services/{id} found a group by computing that UUID in Java for every group on each request; the same
-- function in SQL with an index on it turns that into one index lookup.
create function hsds_uuid(p_kind text, p_key text) returns uuid language sql immutable strict parallel safe as $$
    select cast(overlay(overlay(h placing '3' from 13)
                placing substr('89ab', (cast(cast('x' || substr(h, 17, 1) as bit(4)) as int) & 3) + 1, 1) from 17) as uuid)
      from md5(p_kind || ':' || p_key) as h
$$;

create index self_help_group_hsds_uuid_idx on self_help_group (hsds_uuid('group', slug));
