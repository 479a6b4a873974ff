-- a challenge (质疑) is against the documents (during the bid period) or against the process and its result
alter table challenge add column subject varchar(16) not null default 'RESULT';
