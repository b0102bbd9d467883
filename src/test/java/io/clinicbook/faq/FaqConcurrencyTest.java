package io.clinicbook.faq;

import static io.clinicbook.Staff.asStaff;
import static io.clinicbook.faq.FaqFixtures.ADMIN_CATEGORIES;
import static io.clinicbook.faq.FaqFixtures.ADMIN_FAQS;
import static io.clinicbook.faq.FaqFixtures.category;
import static io.clinicbook.faq.FaqFixtures.definition;
import static io.clinicbook.faq.FaqFixtures.published;
import static io.clinicbook.faq.FaqFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FaqConcurrencyTest {

    @Test
    void concurrentEditsAndReordersOfACategoryLoseNothing() throws Exception {
        String mine = category();
        List<Long> ids = List.of(published(mine, "One?", "1"), published(mine, "Two?", "2"), published(mine, "Three?", "3"));
        asStaff(); // the staff user exists before the threads ask for it
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            List<Long> order = List.of(ids.get(round % 3), ids.get((round + 1) % 3), ids.get((round + 2) % 3));
            calls.add(() -> {
                RequestSpecification staff = asStaff();
                start.await();
                return staff.body(Map.of("entryIds", order)).put(ADMIN_CATEGORIES + "/{slug}/order", mine).statusCode();
            });
            long id = ids.get(round % 3);
            String answer = "Edited in round " + round;
            calls.add(() -> {
                RequestSpecification staff = asStaff();
                start.await();
                return staff.body(definition(mine, text("Edited?", null), text(answer, null), true))
                        .put(ADMIN_FAQS + "/{id}", id).statusCode();
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Integer>> statuses = calls.stream().map(threads::submit).toList();
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }

        List<Map<String, Object>> entries = asStaff().queryParam("category", mine).get(ADMIN_FAQS)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(entries).extracting(e -> e.get("position")).containsExactly(1, 2, 3);
        assertThat(entries).extracting(e -> e.get("question")).allMatch(q -> ((Map<?, ?>) q).get("en").equals("Edited?"));
    }
}
