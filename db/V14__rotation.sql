-- Conflicts of interest: the role each person holds in a case. One role per person per case, enforced here.
CREATE TABLE case_role (
    case_number BIGINT      NOT NULL,
    citizen_id  BIGINT      NOT NULL,
    role_name   VARCHAR(32) NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_number, citizen_id)
);
