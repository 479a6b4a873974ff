-- SME reservation (财库〔2020〕46号): a project up to sme-reserved-limit suited to SMEs is procured from SMEs only;
-- the documents say whether it is, and why not where it is not
alter table procurement_project add column sme_reserved boolean not null default false;
alter table procurement_project add column sme_waiver varchar(500);
