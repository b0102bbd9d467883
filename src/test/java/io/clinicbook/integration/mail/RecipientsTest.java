package io.clinicbook.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Addresses at the domains RFC 2606 reserves for examples never get mail; every other address does. */
class RecipientsTest {

    @Test
    void reservedExampleDomainsGetNoMail() {
        for (String address : new String[] {"ana@example.org", "ana@example.com", "ana@mail.example.net", "ana@clinic.test",
                "ana@x.example", "ana@nowhere.invalid", "ana@host.localhost", "ana@localhost", "ana@EXAMPLE.ORG"}) {
            assertThat(Recipients.mailable(address)).as(address).isEmpty();
        }
    }

    @Test
    void otherDomainsGetMail() {
        for (String address : new String[] {"ana@patients-mail.dev", "ana@example.org.uk", "ana@myexample.com", "ana@testing.net"}) {
            assertThat(Recipients.mailable(address)).as(address).contains(address);
        }
        assertThat(Recipients.mailable(" ")).isEmpty();
        assertThat(Recipients.mailable(null)).isEmpty();
    }
}
