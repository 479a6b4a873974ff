package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.ProviderService;
import cn.gov.legalprocurement.portal.ProjectSummaries;
import cn.gov.legalprocurement.tasks.TaskForm;
import cn.gov.legalprocurement.tasks.TaskFormFor;
import cn.gov.legalprocurement.tasks.TaskPage;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;

/** Single source: the purchaser records the negotiation with the sole provider and the agreed amount. */
@TaskFormFor("tender-negotiate-single-source")
class NegotiateSingleSourceForm extends TaskForm<NegotiateSingleSourceHandler.Form> {

    private final ProjectSummaries summaries;
    private final ProviderService providers;

    NegotiateSingleSourceForm(ProjectSummaries summaries, ProviderService providers) {
        super(NegotiateSingleSourceHandler.Form.class);
        this.summaries = summaries;
        this.providers = providers;
    }

    @Override
    public void load(TaskPage page) {
        add(summaries.facts(page.projectId()));
        List<Organisation> all = providers.providers();
        ComboBox<Long> provider = new ComboBox<>(label("providerId"));
        provider.setItems(all.stream().map(Organisation::getId).toList());
        provider.setItemLabelGenerator(id -> all.stream().filter(o -> o.getId().equals(id)).findFirst()
                .map(Organisation::getName).orElse(""));
        provider.setWidthFull();
        binder.forField(provider).bind("providerId");
        fields.add(field("providerId", provider));
        decimal("amount");
        textArea("minutes");
        add(fields);
    }
}
