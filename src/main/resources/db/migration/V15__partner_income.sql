-- Couples (art. 31, 32 Participatiewet, issue 15): the partner's net monthly income as fetched from
-- the income source for the means test; 0 for a single client or when the BRP shows no partner.
-- Null: not fetched (applications from before this migration, whose advice did not count it).
-- The partner's BSN is not stored: it is asked from the BRP in the step that fetches the income.
alter table pw_eligibility add column partner_monthly_income numeric(12,2);
-- The partner's birth date from the BRP: the norm of a couple depends on both ages (art. 20-22).
alter table pw_eligibility add column partner_birth_date date;
