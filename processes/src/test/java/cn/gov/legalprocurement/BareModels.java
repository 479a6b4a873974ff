package cn.gov.legalprocurement;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Copies of the portal's BPMN models with the same shape and none of the portal's behaviour, for the engine-overhead
 * benchmark: every process, message and called element is renamed with a prefix; every service and business-rule
 * task calls one delegate that only sets the variables the same activity set in a recorded run; listeners, input and
 * output mappings, due dates and timer dates computed by the portal's beans are dropped (the recorded variables
 * carry the dates the timers read); gateways, timers, call activities, the committee's multi-instance and the
 * user tasks stay as they are.
 */
final class BareModels {

    static final String PREFIX = "bare_";
    /** The delegate every service task of a bare model calls: a bean of that name. */
    static final String DELEGATE = "bareOutputs";

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final String FAR_FUTURE = "2099-12-31T00:00:00";

    private BareModels() {
    }

    /** Deploys a bare copy of every model under {@code bpmn/} on the class path. */
    static void deploy(RepositoryService repository) throws Exception {
        DeploymentBuilder deployment = repository.createDeployment().name("bare models for the engine benchmark");
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                deployment.addString(PREFIX + model.getFilename(), bare(in));
            }
        }
        deployment.deploy();
    }

    static String bare(InputStream model) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(model);
        for (Element diagram : elements(doc, "http://www.omg.org/spec/BPMN/20100524/DI", "BPMNDiagram")) {
            diagram.getParentNode().removeChild(diagram);
        }
        for (Element process : elements(doc, BPMN, "process")) {
            process.setAttribute("id", PREFIX + process.getAttribute("id"));
        }
        for (Element message : elements(doc, BPMN, "message")) {
            message.setAttribute("name", PREFIX + message.getAttribute("name"));
        }
        for (Element call : elements(doc, BPMN, "callActivity")) {
            call.setAttribute("calledElement", PREFIX + call.getAttribute("calledElement"));
        }
        for (Element rule : elements(doc, BPMN, "businessRuleTask")) {
            doc.renameNode(rule, BPMN, rule.getPrefix() + ":serviceTask");
        }
        for (Element task : elements(doc, BPMN, "serviceTask")) {
            for (String attribute : List.of("delegateExpression", "class", "expression", "decisionRef",
                    "resultVariable", "mapDecisionResult")) {
                task.removeAttributeNS(CAMUNDA, attribute);
            }
            task.setAttributeNS(CAMUNDA, "camunda:delegateExpression", "${" + DELEGATE + "}");
        }
        for (String behaviour : List.of("executionListener", "taskListener", "inputOutput")) {
            for (Element element : elements(doc, CAMUNDA, behaviour)) {
                element.getParentNode().removeChild(element);
            }
        }
        for (Element task : elements(doc, BPMN, "userTask")) {
            if (task.getAttributeNS(CAMUNDA, "dueDate").contains("deadlines.")) {
                task.removeAttributeNS(CAMUNDA, "dueDate");
            }
            if (task.getAttributeNS(CAMUNDA, "assignee").contains("committee.")) {
                task.setAttributeNS(CAMUNDA, "camunda:assignee", "chair");
            }
        }
        for (Element date : elements(doc, BPMN, "timeDate")) {
            if (date.getTextContent().contains("deadlines.")) {
                date.setTextContent(FAR_FUTURE);
            }
        }
        for (Element loop : elements(doc, BPMN, "multiInstanceLoopCharacteristics")) {
            loop.setAttributeNS(CAMUNDA, "camunda:collection", "${" + DELEGATE + ".members(execution)}");
        }
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }

    /** The elements of that name, collected first so that the caller may change or remove them. */
    private static List<Element> elements(Document doc, String namespace, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(namespace, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            list.add((Element) node);
        }
        return list;
    }
}
