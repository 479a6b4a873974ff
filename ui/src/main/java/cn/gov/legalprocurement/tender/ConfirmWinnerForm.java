package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The head confirms the winner from the committee's ranking; choosing another bid needs a reason. */
@TaskFormFor("tender-confirm-winner")
class ConfirmWinnerForm extends TaskForm<ConfirmWinnerHandler.Form> {

    private final ProjectSummaries summaries;
    private final BidService bidding;
    private final OrganisationService organisations;

    ConfirmWinnerForm(ProjectSummaries summaries, BidService bidding, OrganisationService organisations) {
        super(ConfirmWinnerHandler.Form.class);
        this.summaries = summaries;
        this.bidding = bidding;
        this.organisations = organisations;
    }

    @Override
    public void load(TaskPage page) {
        List<Bid> ranked = bidding.currentRound(page.projectId()).stream().filter(Bid::isQualified)
                .sorted(Comparator.comparing(Bid::getRankNo, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        Grid<Bid> ranking = new Grid<>(Bid.class, false);
        ranking.addColumn(Bid::getRankNo).setHeader(getTranslation("bid.rank")).setAutoWidth(true);
        ranking.addColumn(b -> organisations.nameOf(b.getProviderId())).setHeader(getTranslation("bid.provider")).setFlexGrow(2);
        ranking.addColumn(b -> Formats.money(b.getPrice())).setHeader(getTranslation("bid.price")).setAutoWidth(true);
        ranking.addColumn(Bid::getPriceScore).setHeader(getTranslation("bid.price-score")).setAutoWidth(true);
        ranking.addColumn(Bid::getQualityScore).setHeader(getTranslation("bid.quality-score")).setAutoWidth(true);
        ranking.addColumn(Bid::getTotalScore).setHeader(getTranslation("bid.total-score")).setAutoWidth(true);
        ranking.setItems(ranked);
        ranking.setAllRowsVisible(true);
        ranking.setId("ranking");
        add(summaries.folded(page.projectId(), false), new H4(getTranslation("bid.ranking")), ranking);

        RadioButtonGroup<Long> winner = new RadioButtonGroup<>(label("bidId"));
        winner.setItems(ranked.stream().map(Bid::getId).toList());
        winner.setItemLabelGenerator(id -> ranked.stream().filter(b -> Objects.equals(b.getId(), id)).findFirst()
                .map(b -> getTranslation("bid.rank-label", b.getRankNo(), organisations.nameOf(b.getProviderId()),
                        Formats.money(b.getPrice()))).orElse(""));
        if (!ranked.isEmpty()) {
            winner.setValue(ranked.get(0).getId());
        }
        binder.forField(winner).bind("bidId");
        fields.add(field("bidId", winner), 2);
        textArea("reason");
        add(fields);
    }
}
