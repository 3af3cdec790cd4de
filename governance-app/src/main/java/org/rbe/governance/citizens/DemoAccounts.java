package org.rbe.governance.citizens;

import java.util.ArrayList;
import java.util.List;

/** The demo logins listed in the README: 20 technocrats, 7 ethics members, 3 clerks, an analyst, an admin. */
public final class DemoAccounts {
    /** Every demo account's password (stored only as a bcrypt hash). */
    public static final String PASSWORD = "demo";

    /** A staff account: login, display name, standing role id (as in security.Role#id). */
    public record Staff(String username, String displayName, String role) {
    }

    public static final List<Staff> STAFF = staff();

    private DemoAccounts() {
    }

    /** Login of an ordinary citizen with registry id {@code id}: citizen00042. */
    public static String citizenUsername(long id) {
        return String.format("citizen%05d", id);
    }

    private static List<Staff> staff() {
        List<Staff> list = new ArrayList<>();
        list.add(new Staff("admin", "Administrator", "admin"));
        list.add(new Staff("analyst", "Correlation Center analyst", "analyst"));
        for (int i = 1; i <= 3; i++) {
            list.add(new Staff("clerk" + i, "Clerk " + i, "clerk"));
        }
        for (int i = 1; i <= 7; i++) {
            list.add(new Staff("ethics" + i, "Ethics council member " + i, "ethics"));
        }
        for (int i = 1; i <= 20; i++) {
            list.add(new Staff(String.format("tech%02d", i), "Technocrat " + i, "technocrat"));
        }
        return List.copyOf(list);
    }
}
