package cn.gov.legalprocurement.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drawn models of a project's process instances (the main process and every stage it called), with
 * the steps already done and the steps open now, for the portal's diagram. Callers check first that the
 * user may see the project.
 */
@Service
public class ProcessDiagrams {

    /** One process instance of a project: its model as BPMN XML and where it stands. */
    public record Diagram(String processKey, String processName, String bpmnXml, Set<String> completed,
                          Set<String> current, Instant started, Instant ended) {
    }

    private final HistoryService history;
    private final RepositoryService repository;

    public ProcessDiagrams(ProcessEngine engine) {
        this.history = engine.getHistoryService();
        this.repository = engine.getRepositoryService();
    }

    /** The project's process instances, oldest first (the main process comes first). */
    @Transactional(readOnly = true)
    public List<Diagram> ofProject(String businessKey) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .map(this::diagram).toList();
    }

    private Diagram diagram(HistoricProcessInstance instance) {
        Set<String> completed = new LinkedHashSet<>();
        Set<String> current = new LinkedHashSet<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list()) {
            if (a.getEndTime() == null) {
                current.add(a.getActivityId());
            } else {
                completed.add(a.getActivityId());
            }
        }
        completed.removeAll(current);
        var definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        String xml;
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Diagram(definition.getKey(), definition.getName(), xml, completed, current,
                instance.getStartTime().toInstant(), instance.getEndTime() == null ? null : instance.getEndTime().toInstant());
    }
}
