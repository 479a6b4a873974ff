package cn.gov.legalprocurement.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.Map;

/** An Apache ECharts chart (from the {@code org.webjars:echarts} WebJar) drawn from an option map. */
@Tag("div")
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
public class EChart extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    public EChart(String ariaLabel, Map<String, Object> option) {
        addClassName("chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
        String json;
        try {
            json = JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        getElement().executeJs("""
                const el = this;
                const chart = echarts.init(el);
                chart.setOption(JSON.parse($0));
                new ResizeObserver(() => chart.resize()).observe(el);
                el.setAttribute('data-rendered', 'true');
                """, json);
    }

    /** A bar chart with one or more series over the same categories. */
    public static Map<String, Object> bars(java.util.List<String> categories, Map<String, ? extends java.util.List<? extends Number>> series) {
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of(),
                "grid", Map.of("containLabel", true, "left", 8, "right", 8, "bottom", 8),
                "xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("interval", 0, "rotate", categories.size() > 4 ? 20 : 0)),
                "yAxis", Map.of("type", "value"),
                "series", series.entrySet().stream().map(e -> Map.of("name", e.getKey(), "type", "bar", "data", e.getValue())).toList());
    }

    /** A pie chart of named values. */
    public static Map<String, Object> pie(Map<String, ? extends Number> values) {
        return Map.of(
                "tooltip", Map.of("trigger", "item"),
                "legend", Map.of("bottom", 0),
                "series", java.util.List.of(Map.of("type", "pie", "radius", java.util.List.of("35%", "65%"),
                        "data", values.entrySet().stream().map(e -> Map.of("name", e.getKey(), "value", e.getValue())).toList())));
    }

    /** A line chart of values over time-ordered categories. */
    public static Map<String, Object> line(java.util.List<String> categories, String name, java.util.List<? extends Number> values) {
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("containLabel", true, "left", 8, "right", 8, "bottom", 8),
                "xAxis", Map.of("type", "category", "data", categories),
                "yAxis", Map.of("type", "value", "min", 0, "max", 100),
                "series", java.util.List.of(Map.of("name", name, "type", "line", "data", values, "smooth", true)));
    }
}
