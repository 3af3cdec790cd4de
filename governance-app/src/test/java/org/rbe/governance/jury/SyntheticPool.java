package org.rbe.governance.jury;

import org.rbe.governance.citizens.CitizenProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A reproducible synthetic population with skewed category shares and households of one to four people. */
public final class SyntheticPool {
    private static final String[] REGIONS = {"north", "south", "east", "west", "centre", "coast", "hills", "islands"};
    private static final double[] REGION_WEIGHTS = {0.22, 0.18, 0.15, 0.13, 0.12, 0.1, 0.07, 0.03};
    private static final String[] AGE_BANDS = {"16-29", "30-44", "45-59", "60-74", "75+"};
    private static final double[] AGE_WEIGHTS = {0.21, 0.26, 0.25, 0.18, 0.1};
    private static final String[] GENDERS = {"female", "male", "other"};
    private static final double[] GENDER_WEIGHTS = {0.51, 0.48, 0.01};
    private static final String[] EDUCATION = {"basic", "secondary", "vocational", "higher"};
    private static final double[] EDUCATION_WEIGHTS = {0.12, 0.38, 0.2, 0.3};

    private SyntheticPool() {
    }

    public static List<CitizenProfile> of(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CitizenProfile> pool = new ArrayList<>(size);
        int household = 0;
        int leftInHousehold = 0;
        for (int i = 1; i <= size; i++) {
            if (leftInHousehold == 0) {
                household++;
                leftInHousehold = 1 + random.nextInt(4);
            }
            leftInHousehold--;
            pool.add(new CitizenProfile(i, "citizen" + i, "Citizen " + i,
                    pick(REGIONS, REGION_WEIGHTS, random), pick(AGE_BANDS, AGE_WEIGHTS, random),
                    pick(GENDERS, GENDER_WEIGHTS, random), pick(EDUCATION, EDUCATION_WEIGHTS, random),
                    "h" + household));
        }
        return pool;
    }

    private static String pick(String[] values, double[] weights, SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
