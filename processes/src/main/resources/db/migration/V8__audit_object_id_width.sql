-- a rule's audit object is its jurisdiction and key ("330482/bid-decryption-window-minutes"): up to
-- 32 + 1 + 80 characters, more than the 40 the column had
alter table audit_event alter column object_id set data type varchar(120);
