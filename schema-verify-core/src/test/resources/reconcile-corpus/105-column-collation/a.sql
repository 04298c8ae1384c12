CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE "C" NOT NULL,
    note text,
    tag character varying(20) COLLATE "POSIX"
);
CREATE INDEX words_word_idx ON words (word);
CREATE VIEW short_words AS SELECT id, word FROM words WHERE length(word) < 5;
