package org.csp.grant.domain;

/** Who bids: a partner agency (for example kent-police) or a partnership sub-group (for example domestic-abuse-forum). */
public enum ApplicantType {
    AGENCY, SUB_GROUP
}
