package io.clinicbook.faq;

import io.clinicbook.i18n.LocaleChoice;
import io.clinicbook.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The FAQ as the public reads it: published entries only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class FaqService {

    /**
     * Published entries by category, then by place.
     *
     * @param categorySlug only this category, or all when blank
     * @param query words that each must occur in the question or answer (any case, accents or not), or blank
     */
    public List<FaqView> published(String categorySlug, String query, LocaleChoice locale) {
        return FaqEntry.listInOrder(true, FaqCategory.filter(categorySlug), SearchText.words(query)).stream()
                .map(e -> FaqView.of(e, locale)).toList();
    }

    public FaqView published(long id, LocaleChoice locale) {
        return FaqEntry.findPublished(id).map(e -> FaqView.of(e, locale))
                .orElseThrow(() -> new NotFound("There is no published FAQ entry " + id + "."));
    }

    public FaqPage page(String categorySlug, LocaleChoice locale) {
        return FaqPage.of(FaqEntry.listInOrder(true, FaqCategory.filter(categorySlug), List.of()), locale);
    }

    /** The categories that have something published, in order. */
    public List<FaqCategoryView> categories(LocaleChoice locale) {
        return FaqCategory.withPublishedEntries().stream().map(c -> FaqCategoryView.of(c, locale)).toList();
    }
}
