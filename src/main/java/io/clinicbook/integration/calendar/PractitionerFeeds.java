package io.clinicbook.integration.calendar;

import io.clinicbook.catalog.Catalogue;
import io.clinicbook.catalog.Practitioner;
import io.clinicbook.clinic.Clinic;
import io.clinicbook.problem.NotFound;
import io.clinicbook.web.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Practitioners' subscription feeds. The token is random and shown only when issued: a token the
 * server could derive again (from a key) would make its stored hash no protection at all.
 */
@ApplicationScoped
@Transactional
class PractitionerFeeds {

    @Inject
    Catalogue catalogue;
    @Inject
    CalendarConfig config;
    @Inject
    Clock clock;

    /** Whether the practitioner has a feed and since when; never its URL. */
    @Transactional(Transactional.TxType.SUPPORTS)
    CalendarFeedView view(String slug) {
        return CalendarFeed.ofPractitioner(catalogue.practitioner(slug)).map(feed -> view(slug, feed, null))
                .orElse(new CalendarFeedView(slug, false, null, null));
    }

    /**
     * Issues a new token for the practitioner's feed (creating the feed the first time); the old URL
     * stops working with this commit. Answers the new URL under {@code base}; the token is not kept.
     */
    CalendarFeedView rotate(String slug, URI base) {
        Practitioner practitioner = Practitioner.findById(catalogue.practitioner(slug).id, LockModeType.PESSIMISTIC_WRITE);
        CalendarFeed feed = CalendarFeed.ofPractitioner(practitioner).orElseGet(() -> {
            CalendarFeed created = new CalendarFeed();
            created.practitioner = practitioner;
            return created;
        });
        String token = FeedTokens.issue();
        feed.tokenHash = FeedTokens.hash(token);
        feed.issuedAt = clock.instant();
        feed.persist();
        return view(slug, feed, UriBuilder.fromUri(base).path(CalendarFeedResource.PATH).path(token + ".ics").build().toString());
    }

    /** The feed behind a token as iCalendar text with its entity tag; an unknown or rotated token is 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    FeedFile file(String token) {
        CalendarFeed feed = CalendarFeed.withTokenHash(FeedTokens.hash(token == null ? "" : token))
                .orElseThrow(() -> new NotFound("There is no calendar feed at this address; it may have been replaced."));
        Clinic clinic = Clinic.current();
        Practitioner practitioner = feed.practitioner;
        List<VEvent> events = FeedWindow.around(clock.instant(), config).appointments(practitioner)
                .stream().map(appointment -> VisitEvent.forPractitioner(appointment, clinic, config.uidDomain())).toList();
        String body = IcsDocument.write(clinic.zone(), null, practitioner.displayName + " – " + clinic.name, events);
        return new FeedFile(body, EntityTags.of(body));
    }

    private static CalendarFeedView view(String slug, CalendarFeed feed, String url) {
        return new CalendarFeedView(slug, true, feed.issuedAt.atZone(Clinic.current().zone()).toOffsetDateTime(), url);
    }

    /** The feed's text and its ETag, quoted. */
    record FeedFile(String body, String tag) {
    }
}
