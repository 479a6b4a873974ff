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
        // the size lives here too, so that the viewer has room even before the stylesheet arrives
        setWidthFull();
        setHeight("420px");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", diagram.processName());
        getElement().setAttribute("data-process", diagram.processKey());
        getElement().executeJs("""
                const host = this;
                const viewer = new BpmnJS({ container: host });
                viewer.importXML($0).then(() => {
                  const canvas = viewer.get('canvas');
                  const registry = viewer.get('elementRegistry');
                  // colour the step's own shape (the first child of its visual), whatever the stylesheet says
                  const paint = (ids, marker, fill, stroke, width) => ids.forEach(id => {
                    const gfx = registry.getGraphics(id);
                    if (!gfx) return;
                    canvas.addMarker(id, marker);
                    const shape = gfx.querySelector('.djs-visual > :first-child');
                    if (shape) {
                      shape.style.setProperty('fill', fill, 'important');
                      shape.style.setProperty('stroke', stroke, 'important');
                      shape.style.setProperty('stroke-width', width, 'important');
                    }
                  });
                  paint($1, 'completed', '#e6f4ea', '#2e7d32', '2px');
                  paint($2, 'current', '#fff3cd', '#e65100', '3px');
                  // fit once the canvas has a size: a diagram in a hidden tab has none until the tab is shown
                  let fitted = false;
                  const fit = () => {
                    if (!fitted && host.clientWidth > 0 && host.clientHeight > 0) {
                      canvas.resized();
                      canvas.zoom('fit-viewport', 'auto');
                      fitted = true;
                    }
                  };
                  fit();
                  new ResizeObserver(fit).observe(host);
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
