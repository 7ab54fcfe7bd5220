-- Kostendelersnorm (art. 19a, 22a Participatiewet, issue 15): the number of kostendelende
-- medebewoners (27 or older, not the client or partner) the caseworker counted at the intake, and
-- B of the formula (the couple norm of art. 21 sub b for the period) when the rules applied it.
-- Applications declared before this migration had no count: 0, as the rules then assumed.
alter table pw_eligibility add column cost_sharers      integer       not null default 0;
alter table pw_eligibility add column cost_sharing_base numeric(12,2);
