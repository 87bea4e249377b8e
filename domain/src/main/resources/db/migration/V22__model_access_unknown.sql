-- How a model can be used is not always reported (a headline names a release and nothing more): access may be unknown.
alter table model_release alter column access drop not null;
