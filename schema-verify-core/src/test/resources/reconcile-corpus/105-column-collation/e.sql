CREATE TABLE words (
    id integer PRIMARY KEY,
    word text NOT NULL,
    note text COLLATE "C",
    tag character varying(20) COLLATE "C"
);
CREATE INDEX words_word_idx ON words (word);
CREATE VIEW short_words AS SELECT id, word FROM words WHERE length(word) < 5;
