package org.rbe.governance.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.workflow.DeadlineSettings;
import org.rbe.governance.workflow.TaskEscalations;
import org.rbe.governance.workflow.TaskReassigned;
import org.rbe.governance.workflow.TaskReminded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders and reassignments over Camunda's task service. An overdue task goes to someone of the same standing role
 * (the group it is offered to, else the role its holder has) who holds no other role in the case and no task of the
 * same kind in it; the new holder takes the old holder's role in the case.
 */
@Service
@Transactional
class CamundaTaskEscalations implements TaskEscalations {
    /** The standing roles a person may hold a task for, in the order an assignee's role is looked up. */
    private static final List<Role> STAFF = List.of(Role.TECHNOCRAT, Role.ETHICS, Role.CLERK, Role.ANALYST);
    /** Process variables: how many deadlines of a task passed, and who let them pass. */
    private static final String COUNT = "deadlineEscalations_";
    private static final String MISSED = "deadlineMissedBy_";
    private final TaskService tasks;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final Roster roster;
    private final CaseRoles caseRoles;
    private final ApplicationEventPublisher events;
    private final DeadlineSettings settings;
    private final Clock clock;

    CamundaTaskEscalations(TaskService tasks, HistoryService history, RuntimeService runtime, Roster roster, CaseRoles caseRoles,
                           ApplicationEventPublisher events, DeadlineSettings settings, Clock clock) {
        this.tasks = tasks;
        this.history = history;
        this.runtime = runtime;
        this.roster = roster;
        this.caseRoles = caseRoles;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void remind(String processInstanceId, String taskKey) {
        long caseNumber = caseNumber(processInstanceId);
        for (Task task : open(processInstanceId, taskKey)) {
            List<String> recipients = task.getAssignee() != null ? List.of(task.getAssignee())
                    : group(task).map(r -> roster.members(r).stream().map(Actor::username).toList()).orElse(List.of());
            Instant due = task.getCreateTime().toInstant().plus(settings.deadlineOf(taskKey));
            events.publishEvent(new TaskReminded(caseNumber, taskKey, task.getId(), recipients, due));
        }
    }

    @Override
    public void reassign(String processInstanceId, String taskKey) {
        long caseNumber = caseNumber(processInstanceId);
        String counter = COUNT + taskKey;
        int escalation = Optional.ofNullable((Number) runtime.getVariable(processInstanceId, counter))
                .map(Number::intValue).orElse(0) + 1;
        runtime.setVariable(processInstanceId, counter, escalation);
        long seed = EscalationDraw.seed(caseNumber, taskKey, escalation);
        List<Task> open = open(processInstanceId, taskKey);
        Set<String> taken = heldBefore(processInstanceId, taskKey);
        Instant due = clock.instant().plus(settings.deadlineOf(taskKey));
        List<String> missed = missed(processInstanceId, taskKey);
        for (Task task : open) {
            String from = task.getAssignee();
            Role role = group(task).orElseGet(() -> roleOf(from));
            List<Actor> members = roster.members(role);
            Optional<String> caseRole = caseRoleOf(caseNumber, from, members);
            String inCase = caseRole.orElse(group(task).map(Role::name).orElse(null));
            Set<Long> conflicted = inCase == null ? caseRoles.involved(caseNumber)
                    : caseRoles.involvedOtherThan(caseNumber, inCase);
            Set<String> eligible = members.stream().filter(a -> !taken.contains(a.username()))
                    .filter(a -> a.citizenId() == null || !conflicted.contains(a.citizenId()))
                    .map(Actor::username).collect(Collectors.toSet());
            // the whole roster in the seed's order, the first eligible one takes the task
            String to = EscalationDraw.order(members.stream().map(Actor::username).toList(), seed).stream()
                    .filter(eligible::contains).findFirst().orElse(null);
            if (from != null) {
                missed.add(from);
            }
            if (to != null) {
                taken.add(to);
                tasks.setAssignee(task.getId(), to);
                Long citizen = citizenOf(to, members);
                if (caseRole.isPresent() && citizen != null) {
                    caseRoles.assign(caseNumber, caseRole.get(), citizen);
                }
            }
            runtime.setVariable(processInstanceId, MISSED + taskKey, String.join(",", missed));
            events.publishEvent(new TaskReassigned(caseNumber, taskKey, task.getId(), from, to, role.id(), escalation,
                    seed, eligible.size(), due));
        }
    }

    /**
     * Who may not take the task over: whoever holds or held a task of this kind in the process instance (a reviewer
     * who already reviewed this round, say), and whoever let its deadline pass before.
     */
    private Set<String> heldBefore(String processInstanceId, String taskKey) {
        Set<String> held = new HashSet<>(missed(processInstanceId, taskKey));
        history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list()
                .stream().map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).forEach(held::add);
        return held;
    }

    /** Logins, comma-separated in one string variable (logins contain no comma). */
    private List<String> missed(String processInstanceId, String taskKey) {
        Object missed = runtime.getVariable(processInstanceId, MISSED + taskKey);
        return missed == null || missed.toString().isEmpty() ? new ArrayList<>()
                : new ArrayList<>(List.of(missed.toString().split(",")));
    }

    /** The open tasks of one kind, in a stable order: by holder, then by id. */
    private List<Task> open(String processInstanceId, String taskKey) {
        List<Task> open = new ArrayList<>(tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).list());
        open.sort(Comparator.comparing((Task t) -> t.getAssignee() == null ? "" : t.getAssignee()).thenComparing(Task::getId));
        return open;
    }

    private long caseNumber(String processInstanceId) {
        Object caseId = runtime.getVariable(processInstanceId, "caseId");
        return caseId == null ? 0 : ((Number) caseId).longValue();
    }

    /** The standing role a task is offered to, if it is offered to a group. */
    private Optional<Role> group(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).map(String::toUpperCase)
                .filter(g -> STAFF.stream().anyMatch(r -> r.name().equals(g))).map(Role::valueOf).findFirst();
    }

    private Role roleOf(String username) {
        return STAFF.stream().filter(r -> roster.members(r).stream().anyMatch(a -> a.username().equals(username)))
                .findFirst().orElse(Role.TECHNOCRAT);
    }

    private Optional<String> caseRoleOf(long caseNumber, String username, List<Actor> members) {
        Long citizen = username == null ? null : citizenOf(username, members);
        return citizen == null ? Optional.empty() : caseRoles.roleOf(caseNumber, citizen);
    }

    private static Long citizenOf(String username, List<Actor> members) {
        return members.stream().filter(a -> a.username().equals(username)).map(Actor::citizenId).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }
}
