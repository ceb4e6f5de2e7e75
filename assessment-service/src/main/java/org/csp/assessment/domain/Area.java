package org.csp.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.csp.platform.problem.ApiException;

/** A borough or community safety partnership area, with its population by year for rates per 1,000 people. */
@Entity
@Table(name = "area")
public class Area extends PanacheEntityBase {
    @Id
    public String code;
    @Column(nullable = false)
    public String name;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "area_population", joinColumns = @JoinColumn(name = "area_code"))
    @MapKeyColumn(name = "year")
    @Column(name = "population")
    public Map<Integer, Long> populations = new TreeMap<>();

    public static Area require(String code) {
        Area area = code == null ? null : findById(code);
        if (area == null) {
            throw new ApiException(404, "unknown-area", "Unknown area", "area '" + code + "' does not exist; create it first")
                    .with("areaCode", code);
        }
        return area;
    }

    /** The population of {@code year}, or of the latest earlier year recorded; empty when none is known. */
    public Optional<Long> populationFor(int year) {
        return new TreeMap<>(populations).headMap(year, true).descendingMap().values().stream().findFirst();
    }
}
