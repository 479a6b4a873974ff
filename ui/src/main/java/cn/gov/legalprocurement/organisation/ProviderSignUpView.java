package cn.gov.legalprocurement.organisation;

import cn.gov.legalprocurement.portal.FieldErrors;
import cn.gov.legalprocurement.portal.LanguageSwitch;
import cn.gov.legalprocurement.portal.PdfUpload;
import cn.gov.legalprocurement.portal.Views;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.PortalProperties;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * A law firm, legal service office or mediation organisation registers itself: its qualifications,
 * its licence PDF and its first user. The account can log in at once; bidding waits for JUSTICE's
 * verification. Nothing is saved unless every part is accepted.
 */
@Route("register")
@AnonymousAllowed
class ProviderSignUpView extends VerticalLayout implements HasDynamicTitle {

    private final FieldErrors errors = new FieldErrors();
    private String licenceName;
    private byte[] licence;

    ProviderSignUpView(ProviderSignUp signUp, OrganisationService organisations, PortalProperties properties) {
        setMaxWidth("960px");
        getStyle().set("margin", "0 auto");
        TextField name = errors.add("name", new TextField(getTranslation("provider.name")));
        ComboBox<ProviderType> type = errors.add("type", new ComboBox<>(getTranslation("provider.type"), ProviderType.values()));
        type.setItemLabelGenerator(t -> getTranslation("provider-type." + t));
        ComboBox<Jurisdiction> jurisdiction = errors.add("jurisdictionCode",
                new ComboBox<>(getTranslation("field.jurisdictionCode"), organisations.jurisdictions()));
        jurisdiction.setItemLabelGenerator(Jurisdiction::getName);
        TextField creditCode = errors.add("creditCode", new TextField(getTranslation("field.creditCode")));
        creditCode.setMaxLength(18);
        creditCode.setHelperText(getTranslation("signup.credit-code-hint"));
        TextField licenceNumber = errors.add("licenceNumber", new TextField(getTranslation("field.licenceNumber")));
        DatePicker validUntil = errors.add("licenceValidUntil", new DatePicker(getTranslation("field.licenceValidUntil")));
        ComboBox<SmeSize> sme = errors.add("smeSize", new ComboBox<>(getTranslation("field.smeSize"), SmeSize.values()));
        sme.setItemLabelGenerator(s -> getTranslation("sme." + s));
        sme.setHelperText(getTranslation("signup.sme-hint"));
        TextField contactPerson = errors.add("contactPerson", new TextField(getTranslation("field.contactPerson")));
        TextField contactPhone = errors.add("contactPhone", new TextField(getTranslation("field.contactPhone")));
        TextField username = errors.add("username", new TextField(getTranslation("field.username")));
        TextField displayName = errors.add("displayName", new TextField(getTranslation("field.displayName")));
        PasswordField password = errors.add("password", new PasswordField(getTranslation("field.password")));
        password.setHelperText(getTranslation("signup.password-hint"));
        for (var field : List.of(name, creditCode, licenceNumber, username, displayName)) {
            field.setRequiredIndicatorVisible(true);
        }
        type.setRequiredIndicatorVisible(true);
        jurisdiction.setRequiredIndicatorVisible(true);
        validUntil.setRequiredIndicatorVisible(true);
        sme.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);

        FormLayout organisation = new FormLayout(name, type, creditCode, jurisdiction, licenceNumber, validUntil, sme,
                contactPerson, contactPhone);
        organisation.setColspan(name, 2);
        FormLayout account = new FormLayout(username, displayName, password);
        PdfUpload upload = new PdfUpload(getTranslation("field.licence"), properties.uploads().maxBytes(), (file, bytes) -> {
            licenceName = file;
            licence = bytes;
            return getTranslation("signup.licence-held", file);
        }, 1);
        upload.setId("licence-upload");

        Button submit = new Button(getTranslation("signup.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("signup-submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            if (!errors.requiredFilled()) {
                Views.error(getTranslation("task.fix-fields"));
                submit.setEnabled(true);
                return;
            }
            try {
                Organisation registered = signUp.signUp(new ProviderService.Registration(creditCode.getValue().strip(),
                                name.getValue().strip(), jurisdiction.getValue() == null ? null : jurisdiction.getValue().getCode(),
                                type.getValue(), creditCode.getValue().strip(), licenceNumber.getValue().strip(),
                                validUntil.getValue(), sme.getValue(), contactPerson.getValue().strip(), contactPhone.getValue().strip()),
                        new ProviderSignUp.Account(username.getValue(), password.getValue(), displayName.getValue()),
                        licenceName, licence);
                errors.clear();
                removeAll();
                add(new H1(getTranslation("signup.done.title")),
                        new Paragraph(getTranslation("signup.done.message", registered.getName(), username.getValue().strip())),
                        Views.link(getTranslation("login.submit"), "login"));
            } catch (PortalException ex) {
                errors.show(ex, getLocale());
                if ("licence".equals(ex.field())) {
                    upload.refuse(ex.getMessage(getLocale()));
                }
                submit.setEnabled(true);
            }
        });
        HorizontalLayout top = new HorizontalLayout(Views.link(getTranslation("menu.public"), ""),
                Views.link(getTranslation("login.submit"), "login"), new LanguageSwitch());
        top.setAlignItems(Alignment.BASELINE);
        add(top, new H1(getTranslation("signup.title")), new Paragraph(getTranslation("signup.intro")),
                new H3(getTranslation("signup.organisation")), organisation, upload,
                new H3(getTranslation("signup.account")), account, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · " + getTranslation("app.name");
    }
}
