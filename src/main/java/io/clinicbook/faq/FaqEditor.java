package io.clinicbook.faq;

import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Staff write FAQ entries: every entry, published or not, in every locale. Concurrent edits, on any instance,
 * take turns through row locks: an entry's row guards the entry, a category's row guards what it holds (entries
 * added or moved in, its order, its deletion). A reorder locks the category, then its entries; an edit locks its
 * entry, then the category it moves to, which that reorder cannot be holding the entry for.
 */
@ApplicationScoped
@Transactional
public class FaqEditor {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FaqEntryAdminView> entries(String categorySlug) {
        return FaqEntry.listInOrder(false, FaqCategory.filter(categorySlug), List.of()).stream()
                .map(FaqEntryAdminView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FaqEntryAdminView entry(long id) {
        return FaqEntryAdminView.of(FaqEntry.<FaqEntry>findByIdOptional(id).orElseThrow(() -> notFound(id)));
    }

    /** Adds the entry at the end of its category. */
    public FaqEntryAdminView create(FaqEntryDefinition definition) {
        FaqEntry entry = new FaqEntry();
        entry.category = lockedCategory(definition.category());
        entry.position = FaqEntry.nextPosition(entry.category);
        write(entry, definition);
        entry.persist();
        return FaqEntryAdminView.of(entry);
    }

    /** Replaces the entry; moved to another category, it goes to the end of that one. */
    public FaqEntryAdminView update(long id, FaqEntryDefinition definition) {
        FaqEntry entry = existing(id);
        if (!entry.category.slug.equals(definition.category())) {
            entry.category = lockedCategory(definition.category());
            entry.position = FaqEntry.nextPosition(entry.category);
        }
        write(entry, definition);
        return FaqEntryAdminView.of(entry);
    }

    public FaqEntryAdminView publish(long id, boolean published) {
        FaqEntry entry = existing(id);
        if (entry.published != published) {
            entry.published = published;
            entry.updatedAt = now();
        }
        return FaqEntryAdminView.of(entry);
    }

    public void delete(long id) {
        existing(id).delete();
    }

    /** Puts the category's entries in the order given, which must name each of them exactly once. */
    public List<FaqEntryAdminView> reorder(String categorySlug, List<Long> ids) {
        FaqCategory category = FaqCategory.existingLocked(categorySlug);
        Map<Long, FaqEntry> entries = FaqEntry.lockedIn(category).stream().collect(Collectors.toMap(e -> e.id, e -> e));
        if (ids.size() != entries.size() || !entries.keySet().equals(new HashSet<>(ids))) {
            throw new InvalidParameter("entryIds", "Please list each of the " + entries.size() + " entries of '"
                    + categorySlug + "' exactly once; it holds " + entries.keySet().stream().sorted().toList() + ".");
        }
        for (int i = 0; i < ids.size(); i++) {
            entries.get(ids.get(i)).position = i + 1;
        }
        return ids.stream().map(entries::get).map(FaqEntryAdminView::of).toList();
    }

    private void write(FaqEntry entry, FaqEntryDefinition definition) {
        entry.write(definition.question(), definition.answer(), definition.tagList(), definition.published(), now());
    }

    /** To the second: what readers see as "last updated", and the same before and after a round trip to the database. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static FaqCategory lockedCategory(String slug) {
        return FaqCategory.lockedBySlug(slug)
                .orElseThrow(() -> new InvalidParameter("category", "There is no FAQ category '" + slug + "'."));
    }

    /**
     * The entry to change, its row locked until the transaction ends, so that concurrent changes (on any instance)
     * take turns: each reads what the one before wrote, and none writes back an old copy over it.
     */
    private static FaqEntry existing(long id) {
        return FaqEntry.<FaqEntry>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
    }

    private static NotFound notFound(long id) {
        return new NotFound("There is no FAQ entry " + id + ".");
    }
}
