-- The document an announcement publishes (notice, award notice, signed contract, acceptance report), if any.
alter table announcement add column document_id bigint references stored_document (id);
