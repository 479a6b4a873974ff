package cn.gov.legalprocurement.challenge;

import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * The purchaser answers, in one task, every open challenge of one subject answered in its own task (the documents,
 * the process): the grounds of each, not the challengers' names, and the answer — rejected, or upheld as the subject
 * allows.
 */
abstract class AnswerOpenChallengesForm<F> extends TaskForm<F> {

    private final ProjectSummaries summaries;
    private final ChallengeService challenges;
    private final Challenge.Subject subject;
    private final Challenge.Status upheld;

    AnswerOpenChallengesForm(Class<F> formType, ProjectSummaries summaries, ChallengeService challenges,
                             Challenge.Subject subject, Challenge.Status upheld) {
        super(formType);
        this.summaries = summaries;
        this.challenges = challenges;
        this.subject = subject;
        this.upheld = upheld;
    }

    @Override
    public void load(TaskPage page) {
        Grid<Challenge> grid = new Grid<>(Challenge.class, false);
        grid.addColumn(c -> Formats.dateTime(c.getFiledAt())).setHeader(getTranslation("challenge.filed")).setAutoWidth(true);
        grid.addColumn(Challenge::getGrounds).setHeader(label("grounds")).setFlexGrow(3);
        grid.setItems(challenges.ofProject(page.projectId()).stream()
                .filter(c -> c.getSubject() == subject && c.getStatus() == Challenge.Status.OPEN).toList());
        grid.setAllRowsVisible(true);
        String name = subject.name().toLowerCase(java.util.Locale.ROOT);
        grid.setId(name + "-challenges");
        add(summaries.folded(page.projectId(), false), new H4(getTranslation("challenge.list")), grid,
                new Paragraph(getTranslation("challenge." + name + ".answer-hint")));
        choice("outcome", List.of(Challenge.Status.REJECTED, upheld), "challenge.status");
        textArea("answer");
        add(fields);
    }
}
