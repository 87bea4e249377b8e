-- Two rules on money: a valuation of zero is no valuation, and a round's post-money valuation is at least what the
-- round raised. New and changed rows must keep them; rows stored before (NOT VALID leaves them as they are) are listed
-- for review on the work queue (FreshnessQueue.brokenRules), never dropped or changed.
alter table valuation add constraint valuation_value_positive check (value > 0) not valid;
alter table funding_round add constraint funding_round_post_money_positive check (post_money_valuation > 0) not valid;
alter table funding_round add constraint funding_round_post_money_covers_raised
    check (post_money_valuation is null or amount_raised is null or post_money_valuation >= amount_raised) not valid;
