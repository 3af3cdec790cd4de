package org.rbe.governance.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.workflow.FormDefinition;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox over Camunda's task service; entitlement is checked here, not only in the screens. */
@Service
@Transactional
class CamundaTaskInbox implements TaskInbox {
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final FormDefinitions forms;
    private final Map<String, String> formKeys = new ConcurrentHashMap<>();

    CamundaTaskInbox(TaskService tasks, RuntimeService runtime, RepositoryService repository, IdentityService identity,
                     CurrentUser currentUser, FormDefinitions forms) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.identity = identity;
        this.currentUser = currentUser;
        this.forms = forms;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskItem> myTasks() {
        Actor me = currentUser.actor();
        List<String> groups = me.roles().stream().map(Role::id).toList();
        return tasks.createTaskQuery().or().taskAssignee(me.username()).taskCandidateGroupIn(groups)
                .taskCandidateUser(me.username()).endOr()
                .orderByTaskCreateTime().desc().list().stream().map(this::item).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TaskItem task(String taskId) {
        return item(entitledTask(taskId, currentUser.actor()));
    }

    @Override
    @Transactional(readOnly = true)
    public FormDefinition form(String taskId) {
        return forms.load(task(taskId).formKey());
    }

    @Override
    public void complete(String taskId, Map<String, Object> values) {
        Actor me = currentUser.actor();
        Task task = entitledTask(taskId, me);
        Map<String, Object> clean = FormValidator.validate(forms.load(formKey(task)), values);
        identity.setAuthenticatedUserId(me.username());
        try {
            if (task.getAssignee() == null) {
                tasks.claim(taskId, me.username());
            }
            tasks.complete(taskId, clean);
        } catch (RuntimeException e) {
            throw userFacingCause(e);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Object variable(String taskId, String name) {
        return tasks.getVariable(entitledTask(taskId, currentUser.actor()).getId(), name);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskItem> openTasksOfCase(long caseId) {
        return tasks.createTaskQuery().processVariableValueEquals("caseId", caseId).list().stream().map(this::item).toList();
    }

    private Task entitledTask(String taskId, Actor me) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new UserFacingException("error.task.unknown");
        }
        boolean mine = me.username().equals(task.getAssignee());
        boolean offered = task.getAssignee() == null && (candidateGroups(taskId).stream()
                .anyMatch(g -> me.roles().stream().anyMatch(r -> r.id().equals(g)))
                || tasks.getIdentityLinksForTask(taskId).stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                        && me.username().equals(l.getUserId())));
        if (!mine && !offered) {
            throw new AccessDeniedException("error.task.notYours");
        }
        return task;
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private TaskItem item(Task task) {
        Object caseId = runtime.getVariable(task.getProcessInstanceId(), "caseId");
        // a task of a called process (a draw's) belongs to the process that called it
        ProcessInstance caller = runtime.createProcessInstanceQuery().subProcessInstanceId(task.getProcessInstanceId())
                .singleResult();
        String definitionKey = repository.getProcessDefinition(caller == null ? task.getProcessDefinitionId()
                : caller.getProcessDefinitionId()).getKey();
        return new TaskItem(task.getId(), task.getName(), task.getTaskDefinitionKey(), formKey(task),
                caseId == null ? 0 : ((Number) caseId).longValue(), task.getAssignee(),
                candidateGroups(task.getId()).stream().findFirst().orElse(null),
                task.getCreateTime().toInstant(), definitionKey);
    }

    private String formKey(Task task) {
        return formKeys.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), k -> {
            UserTask element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                    .getModelElementById(task.getTaskDefinitionKey());
            return Objects.requireNonNull(element.getCamundaFormRef(), "User task without camunda:formRef");
        });
    }

    private static RuntimeException userFacingCause(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException u) {
                return u;
            }
        }
        return e;
    }
}
