package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import java.util.List;

/** The purchaser answers a challenge within the statutory period: reject it, or uphold it. */
@TaskFormFor("tender-answer-challenge")
class AnswerChallengeForm extends TaskForm<AnswerChallengeHandler.Form> {

    private final ProjectSummaries summaries;
    private final ChallengeService challenges;
    private final OrganisationService organisations;

    AnswerChallengeForm(ProjectSummaries summaries, ChallengeService challenges, OrganisationService organisations) {
        super(AnswerChallengeHandler.Form.class);
        this.summaries = summaries;
        this.challenges = challenges;
        this.organisations = organisations;
    }

    @Override
    public void load(TaskPage page) {
        Grid<Challenge> grid = new Grid<>(Challenge.class, false);
        grid.addColumn(c -> Formats.dateTime(c.getFiledAt())).setHeader(getTranslation("challenge.filed")).setAutoWidth(true);
        grid.addColumn(c -> organisations.nameOf(c.getProviderId())).setHeader(getTranslation("bid.provider")).setAutoWidth(true);
        grid.addColumn(Challenge::getGrounds).setHeader(label("grounds")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation("challenge.status." + c.getStatus().name())).setHeader(getTranslation("challenge.state"))
                .setAutoWidth(true);
        grid.setItems(challenges.ofProject(page.projectId()));
        grid.setAllRowsVisible(true);
        add(summaries.folded(page.projectId(), false), new H4(getTranslation("challenge.list")), grid);
        choice("outcome", List.of(Challenge.Status.REJECTED, Challenge.Status.UPHELD_REEVALUATE,
                Challenge.Status.UPHELD_RETENDER), "challenge.status");
        textArea("answer");
        add(fields);
    }
}
