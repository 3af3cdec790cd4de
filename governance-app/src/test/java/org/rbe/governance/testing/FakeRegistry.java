package org.rbe.governance.testing;

import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory citizens' registry for service tests. */
public class FakeRegistry implements CitizenRegistry {
    private final Map<Long, CitizenProfile> byId = new LinkedHashMap<>();

    public FakeRegistry(Collection<CitizenProfile> citizens) {
        citizens.stream().sorted(Comparator.comparingLong(CitizenProfile::id)).forEach(c -> byId.put(c.id(), c));
    }

    @Override
    public long count() {
        return byId.size();
    }

    @Override
    public List<CitizenProfile> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public Optional<CitizenProfile> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<CitizenProfile> byUsername(String username) {
        return byId.values().stream().filter(c -> c.username().equals(username)).findFirst();
    }

    @Override
    public Map<Long, CitizenProfile> byIds(Collection<Long> ids) {
        Map<Long, CitizenProfile> found = new LinkedHashMap<>();
        ids.forEach(id -> byId(id).ifPresent(c -> found.put(id, c)));
        return found;
    }
}
