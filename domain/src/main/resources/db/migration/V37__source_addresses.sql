-- Sources can be merged like labs and people: two entries of one article (the same address typed twice) become one.
alter table merge_record drop constraint merge_record_kind_check;
alter table merge_record add constraint merge_record_kind_check check (kind in ('labs', 'people', 'sources'));

-- One reading of an article's address, so that "https://www.cnbc.com/2026/05/19/x.html?utm_source=feed#top" and
-- "http://cnbc.com/2026/05/19/x.html/" are found as the same article: no scheme, no "www.", no fragment, no utm_
-- tracking parameters, no trailing slash, "?" or "&", lower case. Labwatch asks this function (never a copy of the rule
-- in Java), and the index makes "which source has this address" one index read.
create function source_address(url text) returns text language sql immutable parallel safe as $$
    select nullif(lower(regexp_replace(regexp_replace(regexp_replace(url, '#.*$', ''), '([?&])utm_[a-z_]*=[^&]*&?', '\1', 'gi'),
                                       '^[a-z][a-z0-9+.-]*://(www\.)?|[?&/]+$', '', 'gi')), '')
$$;

create index source_address_idx on source (source_address(url)) where url is not null;
