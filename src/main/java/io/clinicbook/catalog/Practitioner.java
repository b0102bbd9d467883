package io.clinicbook.catalog;

import io.clinicbook.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A chiropractor whose time patients book. */
@Entity
@Table(name = "practitioner")
public class Practitioner extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    public String displayName;
    public String credentials;
    @Embedded
    public LocalizedText bio;
    /** Comma-separated language codes the practitioner speaks with patients. */
    public String languages;
    public boolean active;
    public int displayOrder;

    @ManyToMany
    @JoinTable(name = "practitioner_service",
            joinColumns = @JoinColumn(name = "practitioner_id"),
            inverseJoinColumns = @JoinColumn(name = "service_type_id"))
    public Set<ServiceType> services = new LinkedHashSet<>();

    /** The practitioner with their services, fetched in the same query (booking asks whether they offer one). */
    public static Optional<Practitioner> findBySlug(String slug) {
        return find("select p from Practitioner p left join fetch p.services where p.slug = ?1", slug).singleResultOptional();
    }

    /** Active practitioners, with their services fetched in the same query. */
    public static List<Practitioner> listActive() {
        return find("select distinct p from Practitioner p left join fetch p.services where p.active = true",
                Sort.by("p.displayOrder").and("p.slug")).list();
    }

    /** Active practitioners who offer an active service, with their services fetched in the same query. */
    public static List<Practitioner> offering(ServiceType service) {
        return find("select distinct p from Practitioner p left join fetch p.services where p.active = true and ?1 member of p.services",
                Sort.by("p.displayOrder").and("p.slug"), service).list();
    }

    public boolean offers(ServiceType service) {
        return services.contains(service);
    }

    public List<String> languageList() {
        return languages == null || languages.isBlank() ? List.of() : Arrays.stream(languages.split(",")).toList();
    }
}
