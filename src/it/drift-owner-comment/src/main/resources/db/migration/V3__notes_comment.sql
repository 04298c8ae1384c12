-- The table's comment says something else than the contract, and no migration gives it to notes_owner.
COMMENT ON TABLE public.notes IS 'Notes of a profile';
