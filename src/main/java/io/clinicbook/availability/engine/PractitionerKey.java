package io.clinicbook.availability.engine;

import io.clinicbook.catalog.Practitioner;

/** A practitioner as the calculator knows them: the id to find their time, the slug to name them. */
public record PractitionerKey(long id, String slug) {

    public static PractitionerKey of(Practitioner practitioner) {
        return new PractitionerKey(practitioner.id, practitioner.slug);
    }
}
