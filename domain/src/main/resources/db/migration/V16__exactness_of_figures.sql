-- How exact a fact's figures are. Every fact says whether its figures are estimated, and how (the model releases'
-- own columns move here); money figures can carry a low-high range beside the point (the point is what comparisons
-- use); a financial metric says what its figure is: a period's total, an annualised run-rate, ARR, an interpolation
-- between reported periods, or unstated, as most press figures are.
alter table fact add column estimated boolean not null default false;
alter table fact add column estimate_method varchar(1000);
alter table fact add constraint fact_estimate_says_how check (not estimated or estimate_method is not null);
-- live rows change without new row images (the images are brought up to date below)
select set_config('labwatch.row_history', 'off', true);
update fact f set estimated = m.estimated, estimate_method = m.estimate_method from model_release m where m.id = f.id;
alter table model_release drop column estimated, drop column estimate_method;

-- a range holds its point: low <= point <= high for those given (low <= high when both are)
alter table valuation add column value_low numeric(20, 2) check (value_low >= 0),
                      add column value_high numeric(20, 2) check (value_high >= 0),
                      add constraint valuation_range_holds_value check ((value_low is null or value_low <= value)
                          and (value_high is null or value <= value_high));
alter table funding_round add column amount_raised_low numeric(20, 2) check (amount_raised_low >= 0),
                          add column amount_raised_high numeric(20, 2) check (amount_raised_high >= 0),
                          add column post_money_valuation_low numeric(20, 2) check (post_money_valuation_low >= 0),
                          add column post_money_valuation_high numeric(20, 2) check (post_money_valuation_high >= 0),
                          add constraint funding_round_ranges_hold_points check (
                              coalesce(amount_raised_low, amount_raised, amount_raised_high) <= coalesce(amount_raised, amount_raised_high, amount_raised_low)
                              and coalesce(amount_raised, amount_raised_low) <= coalesce(amount_raised_high, amount_raised, amount_raised_low)
                              and coalesce(post_money_valuation_low, post_money_valuation, post_money_valuation_high)
                                  <= coalesce(post_money_valuation, post_money_valuation_high, post_money_valuation_low)
                              and coalesce(post_money_valuation, post_money_valuation_low)
                                  <= coalesce(post_money_valuation_high, post_money_valuation, post_money_valuation_low));
alter table financial_metric add column value_low numeric(20, 2), add column value_high numeric(20, 2),
                             add constraint financial_metric_range_holds_value check ((value_low is null or value_low <= value)
                                 and (value_high is null or value <= value_high)),
                             add column basis varchar(24) not null default 'UNSTATED'
                                 check (basis in ('PERIOD_TOTAL', 'ANNUALISED_RUN_RATE', 'ARR', 'INTERPOLATED', 'UNSTATED'));
-- an annualised revenue figure is a run-rate; every other stored figure did not say
update financial_metric set basis = 'ANNUALISED_RUN_RATE' where metric = 'ANNUALISED_REVENUE';

-- The past as time travel rebuilds it: images written before this change gain the new columns as the rows had them.
alter table row_history disable trigger row_history_append_only;
update row_history h set image = h.image || jsonb_build_object(
           'estimated', coalesce((m.image ->> 'estimated')::boolean, false), 'estimate_method', m.image -> 'estimate_method')
  from (select f.id as history_id,
               (select x.image from row_history x where x.table_name = 'model_release' and x.row_id = f.row_id and x.image is not null
                   and x.at <= f.at order by x.at desc, x.id desc limit 1) as image
          from row_history f where f.table_name = 'fact' and f.image is not null and not f.image ? 'estimated') m
 where h.id = m.history_id;
update row_history set image = image || jsonb_build_object('basis', case when image ->> 'metric' = 'ANNUALISED_REVENUE'
           then 'ANNUALISED_RUN_RATE' else 'UNSTATED' end)
 where table_name = 'financial_metric' and image is not null and not image ? 'basis';
alter table row_history enable trigger row_history_append_only;
select set_config('labwatch.row_history', 'on', true);
