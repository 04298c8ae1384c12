-- Notes belong to a profile; a semicolon inside a string must not split the statement: ';'
CREATE TABLE public.notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
    body text NOT NULL CHECK (length(body) > 0)
);

CREATE INDEX notes_owner_id_idx ON public.notes (owner_id);
