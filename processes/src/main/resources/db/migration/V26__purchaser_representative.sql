-- The purchaser's representative on the evaluation committee (the experts keep two thirds: 87号令 47; 政府采购法 38, 74号令 7; 财库〔2014〕214号): a member of the
-- committee as the drawn experts are, holding a seat only while the experts keep their statutory share.
alter table expert add column kind varchar(32) not null default 'POOL';
alter table procurement_project add column purchaser_representative varchar(64);
