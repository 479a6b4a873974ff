-- a contract announcement is the contract's full text: eight parts of up to 4,000 characters each, the
-- template's clauses, the schedule and the targets, more than the 8,000 characters the column had
alter table announcement alter column body set data type varchar(40000);
