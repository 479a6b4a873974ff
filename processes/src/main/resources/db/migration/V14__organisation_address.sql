-- a purchasing unit's address, printed with its contact in the procurement notice
alter table organisation add column address varchar(200);
