-- Four eyes on a withdrawal after suspension (art. 54 lid 4 Participatiewet; issue 13, finding 3):
-- who decided to withdraw, and the team lead who approved it (another person). A new decision clears
-- an earlier approval; SignalService.withdraw refuses without one.
alter table pw_signal add column withdrawal_decided_by  varchar(128);
alter table pw_signal add column withdrawal_approved_by varchar(128);
