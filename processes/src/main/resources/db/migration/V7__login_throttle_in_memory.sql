-- Wrong passwords are no longer counted per account in the database (anyone could lock anyone out):
-- the portal throttles per account and address in memory instead (LoginThrottle, docs/security.md).
alter table portal_user drop column failed_logins;
alter table portal_user drop column locked_until;
