-- Where the besluit went: the ZGW Besluiten API and the benefits administration.
alter table pw_eligibility add column zgw_besluit_url    varchar(500);
alter table pw_eligibility add column payment_reference  varchar(100);
