package org.rbe.governance.citizens.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rbe.governance.citizens.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.rbe.governance.citizens.CitizensRegistered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo population on first start (idempotent): citizens with stratification attributes. The first
 * citizens are the demo staff (DemoAccounts.STAFF), so conflict-of-interest rules apply to them too.
 */
@Component
class DemoPopulation {
    private static final Logger log = LoggerFactory.getLogger(DemoPopulation.class);
    private static final String[] REGIONS = {"North", "South", "East", "West", "Central", "Coast", "Highlands", "Valley"};
    private static final double[] REGION_WEIGHTS = {0.16, 0.15, 0.13, 0.12, 0.18, 0.10, 0.07, 0.09};
    private static final String[] AGE_BANDS = {"18-29", "30-44", "45-64", "65+"};
    private static final double[] AGE_WEIGHTS = {0.21, 0.27, 0.32, 0.20};
    private static final String[] GENDERS = {"female", "male"};
    private static final double[] GENDER_WEIGHTS = {0.53, 0.47};
    private static final String[] EDUCATION = {"primary", "secondary", "vocational", "higher"};
    private static final double[] EDUCATION_WEIGHTS = {0.08, 0.37, 0.28, 0.27};
    private static final String[] FIRST = {"Anna", "Boris", "Vera", "Grigory", "Darya", "Yegor", "Zoya", "Ivan", "Kira",
        "Lev", "Maria", "Nikita", "Olga", "Pavel", "Raisa", "Semyon", "Tatiana", "Ulyana", "Fyodor", "Elena", "Yuri", "Yana"};
    private static final String[] LAST = {"Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Petrov", "Sokolov",
        "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov", "Alekseev", "Lebedev", "Semenov", "Egorov", "Pavlov"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int size;
    private final boolean enabled;
    private final ApplicationEventPublisher events;

    DemoPopulation(JdbcTemplate jdbc, TransactionTemplate tx, @Value("${governance.demo.citizens:10000}") int size,
                   @Value("${governance.demo.enabled:true}") boolean enabled, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.size = size;
        this.enabled = enabled;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void createIfMissing() {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM citizen", Integer.class);
        if (!enabled || existing != null && existing > 0) {
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> {
            insertCitizens();
        });
        events.publishEvent(new CitizensRegistered(size));
        log.info("Demo population created: {} citizens in {} ms", size,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void insertCitizens() {
        SplittableRandom random = new SplittableRandom(20261127L);
        List<Object[]> rows = new ArrayList<>(size);
        int household = 0;
        int leftInHousehold = 0;
        String householdRegion = REGIONS[0];
        for (int id = 1; id <= size; id++) {
            if (leftInHousehold == 0) {
                household++;
                leftInHousehold = 1 + random.nextInt(4);
                householdRegion = pick(REGIONS, REGION_WEIGHTS, random);
            }
            leftInHousehold--;
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            String username = id <= DemoAccounts.STAFF.size() ? DemoAccounts.STAFF.get(id - 1).username()
                    : DemoAccounts.citizenUsername(id);
            rows.add(new Object[] {(long) id, username, name, householdRegion,
                pick(AGE_BANDS, AGE_WEIGHTS, random), pick(GENDERS, GENDER_WEIGHTS, random),
                pick(EDUCATION, EDUCATION_WEIGHTS, random), "H" + household});
        }
        jdbc.batchUpdate("INSERT INTO citizen (id, username, full_name, region, age_band, gender, education, household_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static String pick(String[] values, double[] weights, SplittableRandom random) {
        double r = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += weights[i];
            if (r < sum) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
