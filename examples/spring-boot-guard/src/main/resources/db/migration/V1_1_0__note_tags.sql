-- 1.1: tags on notes, an additive change that release 1.0 of the application can live with.
CREATE TABLE public.note_tags (
    note_id bigint NOT NULL REFERENCES public.notes (id) ON DELETE CASCADE,
    tag varchar(50) NOT NULL,
    PRIMARY KEY (note_id, tag),
    CONSTRAINT note_tags_tag_format CHECK (tag ~ '^[a-z0-9-]+$')
);
