package cn.gov.legalprocurement.framework;

import cn.gov.legalprocurement.portal.Formats;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.Function;

/** The grids the call-off form and the project page share: the offers of a call-off, the fairness report. */
final class CallOffGrids {

    private CallOffGrids() {
    }

    /** Each offer: to whom, when, for how much, and the answer. */
    static Grid<CallOff> offers(List<CallOff> offers, Function<String, String> t) {
        Grid<CallOff> grid = new Grid<>();
        grid.addColumn(c -> Formats.dateTime(c.getOfferedAt())).setHeader(t.apply("call-off.offered-at")).setAutoWidth(true);
        grid.addColumn(CallOff::getPosition).setHeader(t.apply("call-off.position")).setAutoWidth(true);
        grid.addColumn(c -> Formats.money(c.getAmount())).setHeader(t.apply("call-off.amount")).setAutoWidth(true);
        grid.addColumn(c -> t.apply("call-off.status." + c.getStatus().name()))
                .setHeader(t.apply("call-off.status")).setAutoWidth(true);
        grid.addColumn(c -> c.getAnswer() == null ? "" : c.getAnswer()).setHeader(t.apply("call-off.answer")).setFlexGrow(2);
        grid.setItems(offers);
        grid.setAllRowsVisible(true);
        grid.setId("call-off-offers");
        return grid;
    }
}
