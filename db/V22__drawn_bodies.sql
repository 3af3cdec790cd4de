-- Every body drawn by lot (proceedings module): the decision jury, an appeal panel, the constitutional and civic
-- assemblies, the civic-oversight trio. Each goes through the same lifecycle (drawn, deliberating, voting, voted,
-- minutes signed, published); the ledger records every step, this table where each body stands now.
CREATE TABLE drawn_body (
    panel_id    BIGINT                   NOT NULL PRIMARY KEY,
    kind        VARCHAR(40)              NOT NULL,
    case_number BIGINT                   NOT NULL,
    stage       VARCHAR(20)              NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX drawn_body_case ON drawn_body (case_number);
