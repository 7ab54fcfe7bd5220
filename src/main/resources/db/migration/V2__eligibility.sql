-- The application (aanvraag) of a bijstand case: facts gathered from partners and the client,
-- the rules' advice, and the caseworker's decision. Personal data lives here, not in the process.

alter table pw_case add column application_date date;
alter table pw_case add column awb_deadline date;

create table pw_eligibility (
    case_id                 varchar(20)   not null,
    -- declared by the client at the intake
    declared_assets         numeric(12,2),
    days_abroad_this_year   integer,
    household_type          varchar(20)   not null,
    search_period_exempt    boolean       not null,
    search_period_exemption varchar(500),
    search_period_ends      date,
    -- BRP
    person_found            boolean,
    birth_date              date,
    residence_status        varchar(20),
    lives_in_netherlands    boolean,
    has_partner             boolean,
    children_under_18       integer,
    deceased                boolean,
    -- income (Suwinet) and Inlichtingenbureau
    net_monthly_income      numeric(12,2),
    income_known            boolean,
    student_finance         boolean,
    bijstand_elsewhere      boolean,
    open_claims             boolean,
    -- the rules' advice
    advice_eligible         boolean,
    advice_reasons          varchar(2000),
    monthly_norm            numeric(12,2),
    benefit_amount          numeric(12,2),
    advised_at              timestamp with time zone,
    -- the decision
    decision                varchar(20),
    decision_start_date     date,
    decision_amount         numeric(12,2),
    decision_reasons        varchar(4000),
    deviates_from_advice    boolean,
    decided_by              varchar(128),
    approved_by             varchar(128),
    decided_at              timestamp with time zone,
    constraint pw_eligibility_pk primary key (case_id),
    constraint pw_eligibility_case_fk foreign key (case_id) references pw_case (case_id)
);
