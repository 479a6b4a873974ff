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
 * The purchaser answers the open challenges of the documents within the statutory period: reject them, or
 * uphold them and amend the documents by a clarification (on the project's page). The challengers are
 * potential bidders: the form shows their grounds, not their names.
 */
@TaskFormFor("tender-answer-documents-challenge")
class AnswerDocumentsChallengeForm extends TaskForm<AnswerDocumentsChallengeHandler.Form> {

    private final ProjectSummaries summaries;
    private final ChallengeService challenges;

    AnswerDocumentsChallengeForm(ProjectSummaries summaries, ChallengeService challenges) {
        super(AnswerDocumentsChallengeHandler.Form.class);
        this.summaries = summaries;
        this.challenges = challenges;
    }

    @Override
    public void load(TaskPage page) {
        Grid<Challenge> grid = new Grid<>(Challenge.class, false);
        grid.addColumn(c -> Formats.dateTime(c.getFiledAt())).setHeader(getTranslation("challenge.filed")).setAutoWidth(true);
        grid.addColumn(Challenge::getGrounds).setHeader(label("grounds")).setFlexGrow(3);
        grid.setItems(challenges.ofProject(page.projectId()).stream()
                .filter(c -> c.getSubject() == Challenge.Subject.DOCUMENTS && c.getStatus() == Challenge.Status.OPEN).toList());
        grid.setAllRowsVisible(true);
        grid.setId("documents-challenges");
        add(summaries.folded(page.projectId(), false), new H4(getTranslation("challenge.list")), grid,
                new Paragraph(getTranslation("challenge.documents.answer-hint")));
        choice("outcome", List.of(Challenge.Status.REJECTED, Challenge.Status.UPHELD_AMEND), "challenge.status");
        textArea("answer");
        add(fields);
    }
}
