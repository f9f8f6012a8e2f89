-- The incremental desk. Articles stay the only primary data; each is applied once, in storage
-- order (seq), by the desk's one writer: 'applied_seq' in meta is the last applied seq, so
-- articles above it are pending. Derived rows are kept per story and replaced story by story
-- (only the stories an applied article touched). The whole-store tables of V1 are dropped: the
-- writer re-applies every article of an older store once, from seq 1.

DROP TABLE story;
DROP TABLE article_story;
DROP TABLE entity;
DROP TABLE entity_article;
DROP TABLE event;
DROP TABLE claim;
DELETE FROM meta WHERE k IN ('dirty', 'analysis_errors');

-- the names found in each applied article (so a story is re-analysed, and the grouper's state
-- rebuilt on start, without recognizing its articles again), and what failed on the article
-- itself (names, grouping) as a JSON list, kept with every later analysis of its story
CREATE TABLE article_mentions (
    article_id VARCHAR(64) PRIMARY KEY,
    json       CLOB        NOT NULL,
    errors     CLOB
);

-- ord: seq of the story's first article (the list's order)
CREATE TABLE story (
    id     VARCHAR(256)  PRIMARY KEY,
    ord    BIGINT        NOT NULL,
    title  VARCHAR(4000) NOT NULL,
    json   CLOB          NOT NULL
);
CREATE INDEX story_ord ON story (ord);

CREATE TABLE article_story (
    article_id VARCHAR(64)  PRIMARY KEY,
    story_id   VARCHAR(256) NOT NULL
);
CREATE INDEX article_story_story ON article_story (story_id);

CREATE TABLE entity (
    story_id VARCHAR(256)  NOT NULL,
    n        INT           NOT NULL,
    id       VARCHAR(256)  NOT NULL,
    type     VARCHAR(32)   NOT NULL,
    name     VARCHAR(4000) NOT NULL,
    json     CLOB          NOT NULL,
    PRIMARY KEY (story_id, n)
);
CREATE INDEX entity_id ON entity (id);

CREATE TABLE entity_article (
    entity_id  VARCHAR(256) NOT NULL,
    article_id VARCHAR(64)  NOT NULL,
    story_id   VARCHAR(256) NOT NULL,
    PRIMARY KEY (entity_id, article_id)
);
CREATE INDEX entity_article_article ON entity_article (article_id);
CREATE INDEX entity_article_story ON entity_article (story_id);

CREATE TABLE event (
    story_id VARCHAR(256) NOT NULL,
    n        INT          NOT NULL,
    id       VARCHAR(256) NOT NULL,
    json     CLOB         NOT NULL,
    PRIMARY KEY (story_id, n)
);

CREATE TABLE claim (
    story_id VARCHAR(256) NOT NULL,
    n        INT          NOT NULL,
    id       VARCHAR(256) NOT NULL,
    json     CLOB         NOT NULL,
    PRIMARY KEY (story_id, n)
);

-- what failed while applying or analysing a story (stage by stage), kept with the story
CREATE TABLE analysis_error (
    story_id VARCHAR(256)  NOT NULL,
    n        INT           NOT NULL,
    source   VARCHAR(4000) NOT NULL,
    stage    VARCHAR(64)   NOT NULL,
    reason   CLOB          NOT NULL,
    PRIMARY KEY (story_id, n)
);

MERGE INTO meta (k, v) KEY (k) VALUES ('applied_seq', '0');
