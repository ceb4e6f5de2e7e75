package org.csp.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.csp.platform.problem.ApiException;

/**
 * A crime category: a data.police.uk slug, a Home Office offence group, or one a partnership added. A Home
 * Office group maps to the data.police.uk categories it falls within.
 */
@Entity
@Table(name = "crime_category")
public class CrimeCategory extends PanacheEntityBase {
    /** The total of recorded crime: when a source gives it, the share of all crime is taken from it. */
    public static final String ALL_CRIME = "all-crime";

    @Id
    public String code;
    @Column(nullable = false)
    public String name;
    public String description;
    @Column(name = "police_uk_slug", nullable = false)
    public boolean policeUkSlug;
    @Column(name = "home_office_group", nullable = false)
    public boolean homeOfficeGroup;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "domestic_abuse_related", nullable = false)
    public boolean domesticAbuseRelated;
    @Column(name = "counts_towards_total", nullable = false)
    public boolean countsTowardsTotal;
    @Column(name = "street_level_name")
    public String streetLevelName;
    @Column(name = "added_by")
    public String addedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "category_mapping", joinColumns = @JoinColumn(name = "category_code"))
    @Column(name = "maps_to_code")
    public Set<String> mapsTo = new TreeSet<>();

    /** The category, or a 404 problem saying the code is not in the taxonomy. */
    public static CrimeCategory require(String code) {
        CrimeCategory category = code == null ? null : findById(code);
        if (category == null) {
            throw unknown(code);
        }
        return category;
    }

    public static ApiException unknown(String code) {
        return new ApiException(404, "unknown-category", "Unknown crime category",
                "category '" + code + "' is not in the taxonomy; see GET /api/v1/categories").with("categoryCode", code);
    }
}
