-- Budget ledger for bought services (seed 003: budgets are too small). Per year and instrument:
-- the budget, what is reserved for assignments, what is spent on invoices, and overruns a team
-- lead approved. The check constraint makes an unapproved overdraft impossible, whatever the code.
create table pw_budget (
    budget_year       integer       not null,
    instrument        varchar(40)   not null,
    amount            numeric(14,2) not null,
    approved_overrun  numeric(14,2) not null default 0,
    reserved          numeric(14,2) not null default 0,
    spent             numeric(14,2) not null default 0,
    constraint pw_budget_pk primary key (budget_year, instrument),
    constraint pw_budget_never_overdrawn check (reserved + spent <= amount + approved_overrun),
    constraint pw_budget_not_negative check (amount >= 0 and reserved >= 0 and spent >= 0 and approved_overrun >= 0)
);

create table pw_budget_reservation (
    reservation_id  varchar(40)   not null,
    budget_year     integer       not null,
    instrument      varchar(40)   not null,
    case_id         varchar(20)   not null,
    amount          numeric(14,2) not null,
    status          varchar(20)   not null,
    invoiced        numeric(14,2),
    approved_by     varchar(128),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint pw_budget_reservation_pk primary key (reservation_id),
    constraint pw_budget_reservation_budget_fk foreign key (budget_year, instrument) references pw_budget (budget_year, instrument)
);
create index pw_budget_reservation_case_idx on pw_budget_reservation (case_id);
