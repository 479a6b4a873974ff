-- a government procurement contract's copy is filed with the finance department within contract-filing-working-days
-- of its signing (政府采购法 47): when it is due, when and by whom it was filed
alter table contract add column filing_due timestamp with time zone;
alter table contract add column filed_at timestamp with time zone;
alter table contract add column filed_by varchar(64);
