package io.clinicbook.availability;

import io.clinicbook.catalog.Practitioner;

/** A practitioner as the calculator knows them: the id to find their time, the slug to name them. */
record PractitionerKey(long id, String slug) {

    static PractitionerKey of(Practitioner practitioner) {
        return new PractitionerKey(practitioner.id, practitioner.slug);
    }
}
