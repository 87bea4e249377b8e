-- A receiver that keeps failing is paused (its deliveries wait), so it costs nothing while it is down.
alter table webhook add column consecutive_failures integer not null default 0 check (consecutive_failures >= 0);
alter table webhook add column paused_until timestamptz;
-- The delivery log keeps only a status code and Labwatch's own reason: a receiver's answer could carry what an
-- internal service said to a request it should never have had. Drop what earlier versions stored.
update webhook_attempt set response = null where response is not null;
