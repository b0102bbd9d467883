package io.clinicbook.faq;

import io.clinicbook.i18n.LocalizedText;
import io.clinicbook.problem.NotFound;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/** A group of FAQ entries with a heading ("Your first visit"), in the order staff gave. */
@Entity
@Table(name = "faq_category")
class FaqCategory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slug;
    @Embedded
    public LocalizedText name;
    public int position;

    public static Optional<FaqCategory> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** @throws NotFound when there is no such category */
    static FaqCategory existing(String slug) {
        return findBySlug(slug).orElseThrow(() -> missing(slug));
    }

    /** The category a {@code category} filter names, or null (every category) when the filter is blank. */
    static FaqCategory filter(String slug) {
        return slug == null || slug.isBlank() ? null : existing(slug);
    }

    /** Like {@link #existing}, with the row locked as by {@link #lockedBySlug}. */
    static FaqCategory existingLocked(String slug) {
        return lockedBySlug(slug).orElseThrow(() -> missing(slug));
    }

    private static NotFound missing(String slug) {
        return new NotFound("There is no FAQ category '" + slug + "'.");
    }

    /**
     * The category, its row locked until the transaction ends: changes to its entries and its deletion
     * take turns, on every instance sharing the database.
     */
    static Optional<FaqCategory> lockedBySlug(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    static List<FaqCategory> inOrder() {
        return listAll(Sort.by("position").and("slug"));
    }

    /** Categories holding at least one published entry: the ones the public sees. */
    static List<FaqCategory> withPublishedEntries() {
        return list("select c from FaqCategory c where exists"
                + " (select 1 from FaqEntry e where e.category = c and e.published = true) order by c.position, c.slug");
    }

    static int nextPosition() {
        Integer last = getEntityManager().createQuery("select max(c.position) from FaqCategory c", Integer.class)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }
}
