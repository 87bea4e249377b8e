-- An import may apply a row over the stored record (onConflict=update): the history says so, as IMPORT.
alter table audit_entry drop constraint audit_entry_action_check;
alter table audit_entry add constraint audit_entry_action_check
    check (action in ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'PROPOSE', 'APPROVE', 'REJECT', 'MERGE', 'UNMERGE', 'IMPORT'));
