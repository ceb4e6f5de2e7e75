package org.csp.platform.security;

import java.util.Set;

/** Who is acting: the token's subject, its agency (partner agencies only) and roles. */
public record Actor(String subject, String agency, Set<String> roles) {

    /** The service itself, acting on a schedule or on an event that named no actor. */
    public static final Actor SYSTEM = new Actor("system", null, Set.of());

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Officers and administrators act for the whole partnership; partner agencies only for their own. */
    public boolean actsForWholePartnership() {
        return hasRole(Roles.OFFICER) || hasRole(Roles.ADMIN);
    }

    /** May this actor change or read unpublished data that belongs to {@code ownerAgency}? */
    public boolean mayActFor(String ownerAgency) {
        return actsForWholePartnership() || (agency != null && agency.equals(ownerAgency));
    }
}
