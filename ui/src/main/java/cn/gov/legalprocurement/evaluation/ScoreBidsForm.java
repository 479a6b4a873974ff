package cn.gov.legalprocurement.evaluation;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.project.ProjectService;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import cn.gov.legalprocurement.tender.Bid;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An expert declares no conflict of interest and gives each qualified bid a quality score within the
 * technical share of the weights (100 − price weight); prices are scored by the formula afterwards.
 */
@TaskFormFor("tender-score-bids")
class ScoreBidsForm extends TaskForm<ScoreBidsHandler.Form> {

    private final EvaluationService evaluation;
    private final ProjectService projects;
    private final OrganisationService organisations;
    private final Checkbox noConflict = new Checkbox();
    private final TextArea comment = new TextArea();
    private final Map<Long, BigDecimalField> scores = new LinkedHashMap<>();
    private BigDecimal max;

    ScoreBidsForm(EvaluationService evaluation, ProjectService projects, OrganisationService organisations) {
        super(ScoreBidsHandler.Form.class);
        this.evaluation = evaluation;
        this.projects = projects;
        this.organisations = organisations;
    }

    @Override
    public void load(TaskPage page) {
        ProcurementProject p = projects.project(page.projectId());
        max = BigDecimal.valueOf(100 - (p.getPriceWeight() == null ? 0 : p.getPriceWeight()));
        add(new Facts().add("project.code", p.getCode()).add("project.title", p.getTitle())
                .add("evaluation.criteria", p.getTechnicalCriteria())
                .add("evaluation.weights", getTranslation("evaluation.weights-value", p.getPriceWeight(), max)));
        noConflict.setLabel(getTranslation("evaluation.no-conflict"));
        add(field("noConflict", noConflict));
        add(new H4(getTranslation("evaluation.bids")));
        for (Bid bid : evaluation.bidsToScore(page.actor(), page.projectId())) {
            BigDecimalField score = new BigDecimalField(getTranslation("evaluation.score-label", max));
            score.setId("score-" + bid.getId());
            scores.put(bid.getId(), score);
            Paragraph proposal = new Paragraph(bid.getTechnicalProposal());
            proposal.getStyle().set("white-space", "pre-wrap");
            Details details = new Details(getTranslation("evaluation.bid-summary", organisations.nameOf(bid.getProviderId()),
                    Formats.money(bid.getPrice())), proposal, score);
            details.setOpened(true);
            details.setWidthFull();
            add(details);
        }
        comment.setLabel(label("comment"));
        comment.setWidthFull();
        add(field("comment", comment));
    }

    @Override
    public Optional<ScoreBidsHandler.Form> read() {
        boolean valid = true;
        if (!noConflict.getValue()) {
            noConflict.getElement().setProperty("invalid", true);
            noConflict.getElement().setAttribute("title", getTranslation("evaluation.no-conflict-required"));
            valid = false;
        }
        Map<Long, BigDecimal> given = new LinkedHashMap<>();
        for (var entry : scores.entrySet()) {
            BigDecimalField field = entry.getValue();
            BigDecimal value = field.getValue();
            if (value == null || value.signum() < 0 || value.compareTo(max) > 0) {
                field.setErrorMessage(getTranslation("evaluation.score-range", max));
                field.setInvalid(true);
                valid = false;
            } else {
                field.setInvalid(false);
                given.put(entry.getKey(), value);
            }
        }
        return valid ? Optional.of(new ScoreBidsHandler.Form(true, given, comment.getValue())) : Optional.empty();
    }
}
