package org.rbe.governance.assembly.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.assembly.AssemblyConvened;
import org.rbe.governance.assembly.AssemblyView;
import org.rbe.governance.assembly.CivicAssemblies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Convenes the assembly on its due date and starts {@code civic-assembly.bpmn}; reads assemblies for the screens. */
@Service
@Transactional
class AssemblyService implements CivicAssemblies {
    static final String PROCESS_KEY = "civic-assembly";
    private final AssemblyStore store;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    AssemblyService(AssemblyStore store, RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.runtime = runtime;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate nextDue() {
        return store.nextDue();
    }

    @Override
    public Optional<AssemblyView> conveneIfDue(LocalDate today) {
        LocalDate due = store.nextDue();
        if (today.isBefore(due) || store.byDueDate(due).isPresent()) {
            return Optional.empty();
        }
        long id;
        try {
            id = store.insert(due, clock.instant());
        } catch (DuplicateKeyException convened) {
            return Optional.empty();
        }
        store.event(id, AssemblyView.CONVENED, "assembly.timeline.convened", due);
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "assembly-" + id,
                Map.of("assemblyId", id, "caseId", store.get(id).caseNumber())).getProcessInstanceId();
        store.set(id, "process_instance_id", instance);
        events.publishEvent(new AssemblyConvened(id, due.toString()));
        return Optional.of(store.get(id));
    }

    @Override
    @Transactional(readOnly = true)
    public AssemblyView get(long assemblyId) {
        return store.get(assemblyId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssemblyView> all() {
        return store.all();
    }
}
