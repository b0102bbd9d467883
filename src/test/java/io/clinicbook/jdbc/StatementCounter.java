package io.clinicbook.jdbc;

import com.p6spy.engine.common.StatementInformation;
import com.p6spy.engine.event.JdbcEventListener;
import com.p6spy.engine.event.SimpleJdbcEventListener;
import com.p6spy.engine.spy.P6Factory;
import com.p6spy.engine.spy.P6LoadableOptions;
import com.p6spy.engine.spy.option.P6OptionsRepository;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A P6Spy module that counts every statement executed through P6Spy's driver, whoever issues it
 * (Hibernate, Flyway or plain JDBC). {@code spy.properties} names it as the only module.
 */
public class StatementCounter implements P6Factory {

    private static final AtomicLong EXECUTED = new AtomicLong();

    /** Statements executed so far, in this JVM. */
    public static long executed() {
        return EXECUTED.get();
    }

    @Override
    public JdbcEventListener getJdbcEventListener() {
        return new SimpleJdbcEventListener() {
            @Override
            public void onAfterAnyExecute(StatementInformation statement, long timeElapsedNanos, SQLException e) {
                EXECUTED.incrementAndGet();
            }
        };
    }

    @Override
    public P6LoadableOptions getOptions(P6OptionsRepository repository) {
        return new P6LoadableOptions() {
            @Override
            public void load(Map<String, String> options) {
            }

            @Override
            public Map<String, String> getDefaults() {
                return Map.of();
            }
        };
    }
}
