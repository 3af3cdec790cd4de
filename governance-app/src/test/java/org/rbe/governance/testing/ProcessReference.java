package org.rbe.governance.testing;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/** A process instance known only by its id, running or ended, for camunda-bpm-assert's assertions. */
public record ProcessReference(String id) implements ProcessInstance {
    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getProcessInstanceId() {
        return id;
    }

    @Override
    public String getRootProcessInstanceId() {
        return id;
    }

    @Override
    public String getProcessDefinitionId() {
        return null;
    }

    @Override
    public String getProcessDefinitionKey() {
        return null;
    }

    @Override
    public String getBusinessKey() {
        return null;
    }

    @Override
    public String getCaseInstanceId() {
        return null;
    }

    @Override
    public boolean isSuspended() {
        return false;
    }

    @Override
    public boolean isEnded() {
        return false;
    }

    @Override
    public String getTenantId() {
        return null;
    }
}
