-- The run's record holds everything it wrote (the log files were already here): one channel for a run's results.
alter table import_run add column report_file varchar(1000);
alter table import_run add column reminders_file varchar(1000);
alter table import_run add column feedback_folder varchar(1000);
