package io.clinicbook.catalog;

import io.clinicbook.clinic.ChangesScheduling;
import io.clinicbook.problem.Conflict;
import io.clinicbook.problem.InvalidParameter;
import io.clinicbook.problem.NotFound;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The clinic's appointment types and practitioners: look-ups and the rules for changing them. */
@ApplicationScoped
@Transactional
public class Catalogue {

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceType service(String slug) {
        return ServiceType.findBySlug(slug).orElseThrow(() -> new NotFound("There is no service '" + slug + "'."));
    }

    /** A service patients may book now: inactive ones are as good as unknown to them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceType activeService(String slug) {
        ServiceType service = service(slug);
        if (!service.active) {
            throw new NotFound("There is no service '" + slug + "'.");
        }
        return service;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Practitioner practitioner(String slug) {
        return Practitioner.findBySlug(slug).orElseThrow(() -> new NotFound("There is no practitioner '" + slug + "'."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Practitioner activePractitioner(String slug) {
        Practitioner practitioner = practitioner(slug);
        if (!practitioner.active) {
            throw new NotFound("There is no practitioner '" + slug + "'.");
        }
        return practitioner;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceDefinition> allServices() {
        return ServiceType.<ServiceType>listAll(Sort.by("displayOrder").and("slug")).stream().map(ServiceDefinition::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PractitionerDefinition> allPractitioners() {
        return Practitioner.<Practitioner>find("select distinct p from Practitioner p left join fetch p.services",
                Sort.by("p.displayOrder").and("p.slug")).stream().map(PractitionerDefinition::of).toList();
    }

    public PractitionerDefinition practitionerDefinition(String slug) {
        return PractitionerDefinition.of(practitioner(slug));
    }

    @ChangesScheduling
    public ServiceDefinition create(ServiceDefinition definition) {
        if (ServiceType.findBySlug(definition.slug()).isPresent()) {
            throw new Conflict("slug-taken", "There is already a service '" + definition.slug() + "'.");
        }
        ServiceType service = new ServiceType();
        definition.applyTo(service);
        service.persist();
        return ServiceDefinition.of(service);
    }

    @ChangesScheduling
    public ServiceDefinition update(String slug, ServiceDefinition definition) {
        ServiceType service = service(slug);
        if (!slug.equals(definition.slug())) {
            throw new InvalidParameter("slug", "The slug of a service cannot change; it is part of its address.");
        }
        definition.applyTo(service);
        return ServiceDefinition.of(service);
    }

    @ChangesScheduling
    public PractitionerDefinition create(PractitionerDefinition definition) {
        if (Practitioner.findBySlug(definition.slug()).isPresent()) {
            throw new Conflict("slug-taken", "There is already a practitioner '" + definition.slug() + "'.");
        }
        Practitioner practitioner = new Practitioner();
        apply(definition, practitioner);
        practitioner.persist();
        return PractitionerDefinition.of(practitioner);
    }

    @ChangesScheduling
    public PractitionerDefinition update(String slug, PractitionerDefinition definition) {
        Practitioner practitioner = practitioner(slug);
        if (!slug.equals(definition.slug())) {
            throw new InvalidParameter("slug", "The slug of a practitioner cannot change; it is part of their address.");
        }
        apply(definition, practitioner);
        return PractitionerDefinition.of(practitioner);
    }

    private void apply(PractitionerDefinition definition, Practitioner practitioner) {
        Set<ServiceType> services = new LinkedHashSet<>();
        for (int i = 0; i < definition.services().size(); i++) {
            String slug = definition.services().get(i);
            services.add(ServiceType.findBySlug(slug).orElseThrow(
                    () -> new InvalidParameter("services", "There is no service '" + slug + "'.")));
        }
        practitioner.slug = definition.slug();
        practitioner.displayName = definition.displayName().trim();
        practitioner.credentials = definition.credentials();
        practitioner.bio = definition.bio();
        practitioner.languages = String.join(",", definition.languages());
        practitioner.active = definition.active();
        practitioner.displayOrder = definition.displayOrder();
        practitioner.services.clear();
        practitioner.services.addAll(services);
    }
}
