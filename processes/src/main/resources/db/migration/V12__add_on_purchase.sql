-- an add-on purchase from the original supplier (政府采购法 art. 31(3)) names the contract it adds to
alter table procurement_project add column add_on_to_contract_id bigint references contract (id);
