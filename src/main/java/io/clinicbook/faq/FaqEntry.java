package io.clinicbook.faq;

import io.clinicbook.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A question patients ask and the clinic's answer. Answers are plain text: paragraphs split by blank lines. */
@Entity
@Table(name = "faq_entry")
class FaqEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public FaqCategory category;
    @Embedded
    public LocalizedText question;
    @Embedded
    public LocalizedText answer;
    /** Place within the category. */
    public int position;
    public boolean published;
    /** Comma-separated tags. */
    public String tags;
    public Instant updatedAt;
    /** {@link SearchText} of the question and answer; kept in step by {@link #write}. */
    public String searchText;

    /**
     * Entries with their category, in the order readers see them: by category, then by place within it.
     *
     * @param category only this category's entries, or all when null
     * @param words folded words that each must occur in the question or answer
     */
    static List<FaqEntry> listInOrder(boolean publishedOnly, FaqCategory category, List<String> words) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (publishedOnly) {
            conditions.add("e.published = true");
        }
        if (category != null) {
            conditions.add("c = :category");
            parameters.and("category", category);
        }
        for (int i = 0; i < words.size(); i++) {
            conditions.add("e.searchText like :word" + i + " escape '" + SearchText.LIKE_ESCAPE + "'");
            parameters.and("word" + i, SearchText.containing(words.get(i)));
        }
        String query = "select e from FaqEntry e join fetch e.category c"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by c.position, c.slug, e.position, e.id";
        return find(query, parameters).list();
    }

    static Optional<FaqEntry> findPublished(long id) {
        return find("select e from FaqEntry e join fetch e.category where e.id = ?1 and e.published = true", id)
                .firstResultOptional();
    }

    /** The category's entries, their rows locked until the transaction ends (see {@link FaqEditor}). */
    static List<FaqEntry> lockedIn(FaqCategory category) {
        return find("category", category).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    static long countIn(FaqCategory category) {
        return count("category", category);
    }

    /** How many entries each category holds, by category id; empty categories are absent. */
    static Map<Long, Long> countsByCategory() {
        return getEntityManager()
                .createQuery("select e.category.id, count(e) from FaqEntry e group by e.category.id", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    static int nextPosition(FaqCategory category) {
        Integer last = getEntityManager()
                .createQuery("select max(e.position) from FaqEntry e where e.category = :category", Integer.class)
                .setParameter("category", category).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** Sets what staff wrote, and the search column that goes with it. */
    void write(LocalizedText question, LocalizedText answer, List<String> tags, boolean published, Instant now) {
        this.question = question;
        this.answer = answer;
        this.tags = String.join(",", tags);
        this.published = published;
        this.searchText = SearchText.of(question, answer);
        this.updatedAt = now;
    }

    List<String> tagList() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }
}
