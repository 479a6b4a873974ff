package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * The purchaser answers the open challenges of a step of the process (the opening) within the statutory period:
 * reject them, or uphold them and say how the step is corrected. The challengers are bidders whose bids are open
 * by now; the form shows the grounds, as the documents' form does.
 */
@TaskFormFor("tender-answer-process-challenge")
class AnswerProcessChallengeForm extends TaskForm<AnswerProcessChallengeHandler.Form> {

    private final ProjectSummaries summaries;
    private final ChallengeService challenges;

    AnswerProcessChallengeForm(ProjectSummaries summaries, ChallengeService challenges) {
        super(AnswerProcessChallengeHandler.Form.class);
        this.summaries = summaries;
        this.challenges = challenges;
    }

    @Override
    public void load(TaskPage page) {
        Grid<Challenge> grid = new Grid<>(Challenge.class, false);
        grid.addColumn(c -> Formats.dateTime(c.getFiledAt())).setHeader(getTranslation("challenge.filed")).setAutoWidth(true);
        grid.addColumn(Challenge::getGrounds).setHeader(label("grounds")).setFlexGrow(3);
        grid.setItems(challenges.ofProject(page.projectId()).stream()
                .filter(c -> c.getSubject() == Challenge.Subject.PROCESS && c.getStatus() == Challenge.Status.OPEN).toList());
        grid.setAllRowsVisible(true);
        grid.setId("process-challenges");
        add(summaries.folded(page.projectId(), false), new H4(getTranslation("challenge.list")), grid,
                new Paragraph(getTranslation("challenge.process.answer-hint")));
        choice("outcome", List.of(Challenge.Status.REJECTED, Challenge.Status.UPHELD_CORRECT), "challenge.status");
        textArea("answer");
        add(fields);
    }
}
