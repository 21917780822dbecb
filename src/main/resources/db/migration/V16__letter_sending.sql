-- Sending the letters by SMTP (issue 18). address_source: DIRECTORY when the address is the office directory's (only
-- those letters are ever sent), RETURN when it is the sender of a return; null when there is no address or the letter
-- was written before. sending: the letter's state (store.Letters.Sending); letters written before stay drafts.
-- send_attempts counts the SMTP attempts, last_error says in German why the latest one failed; sent_by is the analyst
-- who marked a letter as sent by hand (sent_at then when); times in UTC.
alter table letter add column address_source varchar(20);
alter table letter add column sending varchar(20) default 'DRAFT' not null;
alter table letter add column send_attempts integer default 0 not null;
alter table letter add column last_attempt_at timestamp;
alter table letter add column sent_at timestamp;
alter table letter add column sent_by varchar(100);
alter table letter add column last_error varchar(1000);
create index letter_sending on letter (sending);
