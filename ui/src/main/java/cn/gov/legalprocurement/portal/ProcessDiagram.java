package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.workflow.ProcessDiagrams;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;

/**
 * A BPMN model drawn by bpmn-js (served as static files), with the steps done in green and the open
 * steps in amber. The bpmn.io watermark stays, as bpmn-js's licence asks.
 */
@Tag("div")
@JavaScript("context://bpmn-js/bpmn-navigated-viewer.production.min.js")
@StyleSheet("context://bpmn-js/diagram-js.css")
@StyleSheet("context://bpmn-js/bpmn-js.css")
public class ProcessDiagram extends Div {

    public ProcessDiagram(ProcessDiagrams.Diagram diagram) {
        addClassName("bpmn-canvas");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", diagram.processName());
        getElement().setAttribute("data-process", diagram.processKey());
        getElement().executeJs("""
                const host = this;
                const viewer = new BpmnJS({ container: host });
                viewer.importXML($0).then(() => {
                  const canvas = viewer.get('canvas');
                  const registry = viewer.get('elementRegistry');
                  canvas.zoom('fit-viewport');
                  $1.forEach(id => registry.get(id) && canvas.addMarker(id, 'completed'));
                  $2.forEach(id => registry.get(id) && canvas.addMarker(id, 'current'));
                  host.setAttribute('data-rendered', 'true');
                }).catch(err => { host.setAttribute('data-error', String(err)); });
                """, diagram.bpmnXml(), toJsonArray(diagram.completed()),
                toJsonArray(diagram.current()));
    }

    private static elemental.json.JsonArray toJsonArray(java.util.Collection<String> ids) {
        elemental.json.JsonArray array = elemental.json.Json.createArray();
        int i = 0;
        for (String id : ids) {
            array.set(i++, id);
        }
        return array;
    }
}
