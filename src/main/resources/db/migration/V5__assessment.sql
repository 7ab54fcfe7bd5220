-- The broad assessment (brede intake), the rules' proposal, and the plan agreed with the client.
-- One row per case, updated when the plan is revised; earlier versions stay in the engine history.
create table pw_assessment (
    case_id              varchar(20)   not null,
    version              integer       not null,
    assessment           varchar(16000) not null,
    proposed_route       varchar(40)   not null,
    debt_referral        boolean       not null,
    obligations          varchar(40)   not null,
    exempt_until         date,
    language_requirement varchar(20)   not null,
    agreed_route         varchar(40),
    deviation_reason     varchar(2000),
    tied_to_award        boolean,
    plan                 varchar(16000),
    plan_by              varchar(128),
    plan_at              timestamp with time zone,
    constraint pw_assessment_pk primary key (case_id),
    constraint pw_assessment_case_fk foreign key (case_id) references pw_case (case_id)
);
