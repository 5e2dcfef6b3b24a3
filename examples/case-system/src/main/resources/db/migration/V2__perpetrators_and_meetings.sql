-- Perpetrators' cases and MARAC meetings, kept as victims' cases are: a snapshot with its version,
-- and every event that made it. Written for both H2 and PostgreSQL.

CREATE TABLE perpetrator_case (
  id       VARCHAR(64)      NOT NULL PRIMARY KEY,
  version  BIGINT           NOT NULL,
  snapshot VARCHAR(1000000) NOT NULL
);

CREATE TABLE perpetrator_event (
  id          VARCHAR(64)      NOT NULL REFERENCES perpetrator_case (id),
  revision    BIGINT           NOT NULL,
  event_type  VARCHAR(40)      NOT NULL,
  occurred_on DATE             NOT NULL,
  body        VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (id, revision)
);

CREATE TABLE marac_meeting (
  id       VARCHAR(64)      NOT NULL PRIMARY KEY,
  version  BIGINT           NOT NULL,
  snapshot VARCHAR(1000000) NOT NULL
);

CREATE TABLE meeting_event (
  id          VARCHAR(64)      NOT NULL REFERENCES marac_meeting (id),
  revision    BIGINT           NOT NULL,
  event_type  VARCHAR(40)      NOT NULL,
  occurred_on DATE             NOT NULL,
  body        VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (id, revision)
);

-- The actions a meeting agreed, as its latest snapshot holds them: a projection the case system
-- queries (an agency's open actions), rewritten with the meeting in the same transaction.
CREATE TABLE marac_action (
  meeting_id VARCHAR(64) NOT NULL REFERENCES marac_meeting (id),
  action_id  VARCHAR(64) NOT NULL,
  case_id    VARCHAR(64) NOT NULL,
  owner      VARCHAR(40) NOT NULL,
  due_on     DATE        NOT NULL,
  state      VARCHAR(20) NOT NULL,
  PRIMARY KEY (meeting_id, action_id)
);

CREATE INDEX marac_action_owner ON marac_action (owner, state);
