package io.clinicbook.faq;

import io.clinicbook.problem.Conflict;
import io.clinicbook.problem.InvalidParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Staff arrange the FAQ in categories. */
@ApplicationScoped
@Transactional
public class FaqCategoryEditor {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FaqCategoryAdminView> categories() {
        Map<Long, Long> counts = FaqEntry.countsByCategory();
        return FaqCategory.inOrder().stream().map(c -> FaqCategoryAdminView.of(c, counts.getOrDefault(c.id, 0L))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FaqCategoryAdminView category(String slug) {
        return view(FaqCategory.existing(slug));
    }

    /** Adds the category after the others. */
    public FaqCategoryAdminView create(FaqCategoryDefinition definition) {
        if (FaqCategory.findBySlug(definition.slug()).isPresent()) {
            throw new Conflict("slug-taken", "There is already an FAQ category '" + definition.slug() + "'.");
        }
        FaqCategory category = new FaqCategory();
        category.slug = definition.slug();
        category.name = definition.name();
        category.position = FaqCategory.nextPosition();
        category.persist();
        return FaqCategoryAdminView.of(category, 0);
    }

    public FaqCategoryAdminView update(String slug, FaqCategoryDefinition definition) {
        FaqCategory category = FaqCategory.existing(slug);
        if (!slug.equals(definition.slug())) {
            throw new InvalidParameter("slug", "The slug of an FAQ category cannot change; it is part of its address.");
        }
        category.name = definition.name();
        return view(category);
    }

    /** Only an empty category can go: entries are never deleted as a side effect. */
    public void delete(String slug) {
        FaqCategory category = FaqCategory.existingLocked(slug);
        long entries = FaqEntry.countIn(category);
        if (entries > 0) {
            throw new Conflict("category-not-empty", "The FAQ category '" + slug + "' still holds " + entries
                    + (entries == 1 ? " entry" : " entries") + "; move or delete them first.");
        }
        category.delete();
    }

    /** Puts the categories in the order given, which must name each of them exactly once. */
    public List<FaqCategoryAdminView> reorder(List<String> slugs) {
        Map<String, FaqCategory> categories = FaqCategory.<FaqCategory>findAll().withLock(LockModeType.PESSIMISTIC_WRITE)
                .stream().collect(Collectors.toMap(c -> c.slug, Function.identity()));
        if (slugs.size() != categories.size() || !categories.keySet().equals(new HashSet<>(slugs))) {
            throw new InvalidParameter("categories", "Please list each of the " + categories.size()
                    + " FAQ categories exactly once: " + categories.keySet().stream().sorted().toList() + ".");
        }
        for (int i = 0; i < slugs.size(); i++) {
            categories.get(slugs.get(i)).position = i + 1;
        }
        return categories();
    }

    private static FaqCategoryAdminView view(FaqCategory category) {
        return FaqCategoryAdminView.of(category, FaqEntry.countIn(category));
    }
}
