-- Referrals to the debt-assistance partner (Wet gemeentelijke schuldhulpverlening) and their answers.
create table pw_debt_referral (
    referral_id  varchar(100) not null,
    case_id      varchar(20)  not null,
    status       varchar(20)  not null,
    referred_at  timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint pw_debt_referral_pk primary key (referral_id),
    constraint pw_debt_referral_case_fk foreign key (case_id) references pw_case (case_id)
);
create index pw_debt_referral_case_idx on pw_debt_referral (case_id);
