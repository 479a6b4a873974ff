-- The purchaser's representative on the evaluation committee (87号令 45; 政府采购法实施条例 39): a member of the
-- committee as the drawn experts are, holding a seat only while the experts keep their statutory share.
alter table expert add column kind varchar(32) not null default 'POOL';
alter table procurement_project add column purchaser_representative varchar(64);
