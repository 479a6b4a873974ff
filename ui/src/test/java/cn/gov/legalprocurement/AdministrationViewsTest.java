package cn.gov.legalprocurement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.budget.BudgetLine;
import cn.gov.legalprocurement.calendar.CalendarDay;
import cn.gov.legalprocurement.calendar.DayKind;
import cn.gov.legalprocurement.calendar.DeadlineService;
import cn.gov.legalprocurement.catalogue.CatalogueItem;
import cn.gov.legalprocurement.catalogue.CatalogueService;
import cn.gov.legalprocurement.catalogue.CatalogueStatus;
import cn.gov.legalprocurement.catalogue.ReviewDecision;
import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.documents.StoredDocument;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.ProviderService;
import cn.gov.legalprocurement.organisation.ProviderType;
import cn.gov.legalprocurement.organisation.SmeSize;
import cn.gov.legalprocurement.rules.Rule;
import cn.gov.legalprocurement.rules.RulesService;
import cn.gov.legalprocurement.rules.StatutoryParameter;
import cn.gov.legalprocurement.training.TrainingClock;
import cn.gov.legalprocurement.user.PortalUserRepository;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.WorkTask;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import cn.gov.legalprocurement.shared.PortalException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Karibu-Testing of the screens around the procurement flow: provider self-registration and JUSTICE's
 * verification, the catalogue, budget lines, and the statutory parameters and calendar. Bad input is
 * refused on its field and saves nothing.
 */
@Order(2)
class AdministrationViewsTest extends KaribuPortal {

    @Autowired
    ProviderService providers;
    @Autowired
    PortalUserRepository portalUsers;
    @Autowired
    DocumentArchive archive;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    RulesService rules;
    @Autowired
    DeadlineService calendar;
    @Autowired
    AuditLog audit;
    @Autowired
    cn.gov.legalprocurement.project.ProjectService projects;

    private static byte[] licencePdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 700);
                text.showText("Law firm practice licence 31330000MD0123456X");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static <T> T field(Class<T> type, String name) {
        return type.cast(_get(Component.class, spec -> spec.withId("field-" + name)));
    }

    private static void upload(String fileName, byte[] content) {
        UploadKt._upload(_get(Upload.class), fileName, "application/pdf", content);
        MockVaadin.clientRoundtrip();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProviderRegistersItselfAndJusticeVerifiesIt() throws IOException {
        int before = providers.providers().size();
        visitAnonymously();
        navigate("register");
        // an empty form: every required field is named at once, in the user's language, and nothing is saved
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));
        for (String required : java.util.List.of("name", "type", "jurisdictionCode", "creditCode", "licenceNumber",
                "licenceValidUntil", "smeSize", "username", "displayName", "password")) {
            assertThat(field(HasValidation.class, required).isInvalid()).as(required).isTrue();
            assertThat(field(HasValidation.class, required).getErrorMessage()).as(required).isEqualTo("请填写此项");
        }
        assertThat(field(HasValidation.class, "contactPerson").isInvalid()).isFalse();
        assertThat(providers.providers()).hasSize(before);
        _setValue(field(TextField.class, "name"), "嘉兴南湖律师事务所");
        _setValue(field(ComboBox.class, "type"), ProviderType.LAW_FIRM);
        ComboBox<Object> jurisdiction = field(ComboBox.class, "jurisdictionCode");
        _setValue(jurisdiction, jurisdiction.getListDataView().getItem(0));
        _setValue(field(TextField.class, "creditCode"), "31330000MD0123456X");
        _setValue(field(TextField.class, "licenceNumber"), "23304201910123456");
        _setValue(field(DatePicker.class, "licenceValidUntil"), LocalDate.now().plusYears(2));
        _setValue(field(ComboBox.class, "smeSize"), SmeSize.SMALL);
        _setValue(field(TextField.class, "contactPerson"), "沈律师");
        _setValue(field(TextField.class, "contactPhone"), "0573-85000000");
        _setValue(field(TextField.class, "username"), "nanhu-law");
        _setValue(field(TextField.class, "displayName"), "南湖律所 沈律师");
        _setValue(field(PasswordField.class, "password"), "Nanhu-2026!");
        Button submit = _get(Button.class, spec -> spec.withId("signup-submit"));

        // a file named .pdf that is not one: the organisation, already checked, must not stay behind
        upload("licence.pdf", "not a pdf at all".getBytes());
        _click(submit);
        assertThat(providers.providers()).hasSize(before);
        assertThat(portalUsers.findByUsername("nanhu-law")).isEmpty();

        upload("licence.pdf", licencePdf());
        _setValue(field(TextField.class, "creditCode"), "123");
        _click(submit);
        HasValidation creditCode = field(HasValidation.class, "creditCode");
        assertThat(creditCode.isInvalid()).isTrue();
        assertThat(creditCode.getErrorMessage()).isEqualTo("统一社会信用代码：统一社会信用代码应为 18 位");
        assertThat(providers.providers()).hasSize(before);

        _setValue(field(TextField.class, "creditCode"), "31330000MD0123456X");
        _click(submit);
        assertThat(pageText()).contains("注册已提交", "nanhu-law");
        Organisation registered = providers.providers().stream().filter(o -> o.getName().equals("嘉兴南湖律师事务所"))
                .findFirst().orElseThrow();
        assertThat(registered.getQualificationStatus()).isEqualTo(Organisation.QualificationStatus.PENDING);
        assertThat(archive.of(Organisation.class, registered.getId())).singleElement()
                .satisfies(d -> assertThat(d.getFileName()).isEqualTo("licence.pdf"));
        logout();

        loginAs("justice");
        navigate("providers");
        Grid<Organisation> grid = _get(Grid.class, spec -> spec.withId("providers-grid"));
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).getId().equals(registered.getId())) {
                grid.select(GridKt._get(grid, i));
            }
        }
        Component details = _get(Component.class, spec -> spec.withId("provider-details"));
        assertThat(details.getElement().getTextRecursively()).contains("31330000MD0123456X", "待审核");
        Grid<StoredDocument> licences = _get(details, Grid.class);
        assertThat(GridKt._get(licences, 0).getFileName()).isEqualTo("licence.pdf");
        _setValue(_get(TextField.class, spec -> spec.withId("verify-remark")), "执业许可证在有效期内，与登记信息一致");
        _click(_get(Button.class, spec -> spec.withId("verify-provider")));
        assertThat(providers.provider(registered.getId()).getQualificationStatus())
                .isEqualTo(Organisation.QualificationStatus.VERIFIED);
        logout();

        loginAs("nanhu-law");
        assertThat(menu()).contains("tenders", "bids");
    }

    @Test
    void aPurchasingUnitSeesItsOwnBudgetLinesAndFinanceSeesAll() {
        loginAs("purchaser");
        navigate("budget");
        @SuppressWarnings("unchecked")
        Grid<BudgetLine> own = _get(Grid.class, spec -> spec.withId("budget-lines"));
        long purchaserDepartment = users.actor("purchaser").organisationId();
        int ownLines = GridKt._size(own);
        assertThat(ownLines).isPositive();
        for (int i = 0; i < ownLines; i++) {
            assertThat(GridKt._get(own, i).getDepartmentId()).isEqualTo(purchaserDepartment);
        }
        logout();

        loginAs("finance");
        navigate("budget");
        @SuppressWarnings("unchecked")
        Grid<BudgetLine> all = _get(Grid.class, spec -> spec.withId("budget-lines"));
        assertThat(GridKt._size(all)).isGreaterThan(ownLines);
    }

    @Test
    @SuppressWarnings("unchecked")
    void justiceProposesACatalogueItemForTheJointReview() {
        int before = catalogue.all().size();
        loginAs("justice");
        navigate("catalogue");
        _click(_get(Button.class, spec -> spec.withId("catalogue-propose")));
        _setValue(field(TextField.class, "code"), "bad code");
        _setValue(field(TextField.class, "name"), "企业合规法律体检");
        ComboBox<String> classCode = field(ComboBox.class, "classCode");
        _setValue(classCode, classCode.getListDataView().getItem(0));
        _setValue(field(ComboBox.class, "unit"), cn.gov.legalprocurement.catalogue.ServiceUnit.SESSION);
        _setValue(field(BigDecimalField.class, "unitPrice"), new BigDecimal("3000"));
        _setValue(field(TextField.class, "payingParty"), "司法局");
        _setValue(field(TextArea.class, "description"), "为辖区小微企业提供合规风险排查与法律体检");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("指标类别")),
                cn.gov.legalprocurement.catalogue.IndicatorGroup.SERVICE_RESULTS);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("计量口径")), cn.gov.legalprocurement.catalogue.Measure.CASES);
        _setValue(field(TextField.class, "indicators"), "出具体检报告份数");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("每单位目标")), BigDecimal.ONE);
        _click(_get(Button.class, spec -> spec.withId("catalogue-submit")));
        assertThat(field(HasValidation.class, "code").isInvalid()).isTrue();
        assertThat(catalogue.all()).hasSize(before);

        _setValue(field(TextField.class, "code"), "CMP-01");
        _click(_get(Button.class, spec -> spec.withId("catalogue-submit")));
        CatalogueItem proposed = catalogue.all().stream().filter(i -> i.getCode().equals("CMP-01")).findFirst().orElseThrow();
        assertThat(proposed.getStatus()).isEqualTo(CatalogueStatus.UNDER_REVIEW);
        // the justice bureau reviews first, then finance
        WorkTask review = tasks.myTasks(users.actor("justice")).stream().filter(t -> "CMP-01-v1".equals(t.businessKey()))
                .findFirst().orElseThrow();

        // returned with a remark, the proposer works it into the item in the revision form and resubmits
        tasks.complete(users.actor("justice"), review.id(), new ReviewDecision(false, "单价偏高，请参照同类事项"));
        WorkTask revise = tasks.myTasks(users.actor("justice")).stream()
                .filter(t -> t.taskKey().equals(ProcessModel.CatalogueItemLifecycle.TASK_REVISE_PROPOSAL))
                .filter(t -> "CMP-01-v1".equals(t.businessKey())).findFirst().orElseThrow();
        navigate("tasks/" + revise.id());
        if (present("claim-task")) {
            _click(_get(Button.class, spec -> spec.withId("claim-task")));
        }
        BigDecimalField unitPrice = (BigDecimalField) _get(Component.class, spec -> spec.withId("field-unitPrice"));
        assertThat(unitPrice.getValue()).isEqualByComparingTo("3000");
        _setValue(unitPrice, new BigDecimal("-5"));
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(unitPrice.isInvalid()).isTrue();
        assertThat(catalogue.item(proposed.getId()).getUnitPrice()).isEqualByComparingTo("3000");
        _setValue(unitPrice, new BigDecimal("2400"));
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(catalogue.item(proposed.getId()).getUnitPrice()).isEqualByComparingTo("2400");
        assertThat(tasks.myTasks(users.actor("justice")))
                .anyMatch(t -> "CMP-01-v1".equals(t.businessKey())
                        && t.taskKey().equals(ProcessModel.CatalogueItemLifecycle.TASK_JUSTICE_REVIEW));
    }

    @Test
    void anAdministratorChangesAParameterAndACalendarDayAndBothAreAudited() {
        loginAs("admin");
        navigate("rules");
        @SuppressWarnings("unchecked")
        ComboBox<cn.gov.legalprocurement.organisation.Jurisdiction> jurisdiction =
                _get(ComboBox.class, spec -> spec.withId("rules-jurisdiction"));
        String code = jurisdiction.getValue().getCode();
        String current = rules.forJurisdiction(code).asMap().get(Rule.PRICE_WEIGHT_MAX_PERCENT_CONSULTATION);

        @SuppressWarnings("unchecked")
        Grid<cn.gov.legalprocurement.rules.RulesService.Setting> ruleGrid = _get(Grid.class, spec -> spec.withId("rules-grid"));
        int row = 0;
        while (GridKt._get(ruleGrid, row).rule() != Rule.PRICE_WEIGHT_MAX_PERCENT_CONSULTATION) {
            row++;
        }
        _click((Button) GridKt._getCellComponent(ruleGrid, row, "edit"));
        _setValue(field(TextField.class, "value"), "三年");
        _click(_get(Button.class, spec -> spec.withId("rules-save")));
        assertThat(field(HasValidation.class, "value").isInvalid()).isTrue();
        assertThat(rules.forJurisdiction(code).asMap().get(Rule.PRICE_WEIGHT_MAX_PERCENT_CONSULTATION)).isEqualTo(current);
        // above the statutory ceiling of 30 % (财库〔2014〕214号): refused on the field, the ceiling named
        _setValue(field(TextField.class, "value"), "40");
        _click(_get(Button.class, spec -> spec.withId("rules-save")));
        assertThat(field(HasValidation.class, "value").isInvalid()).isTrue();
        assertThat(field(HasValidation.class, "value").getErrorMessage()).contains("法定上限 30");
        assertThat(rules.forJurisdiction(code).asMap().get(Rule.PRICE_WEIGHT_MAX_PERCENT_CONSULTATION)).isEqualTo(current);

        _setValue(field(TextField.class, "value"), current);
        _click(_get(Button.class, spec -> spec.withId("rules-save")));
        // the longest key: its audit entry (jurisdiction/key) is longer than the 40 characters the column once had
        assertThat(audit.trail(StatutoryParameter.class, code + "/" + Rule.PRICE_WEIGHT_MAX_PERCENT_CONSULTATION.key()))
                .anySatisfy(e -> assertThat(e.getActor()).isEqualTo("admin"));
        assertThat(GridKt._getFormattedRow(ruleGrid, row)).anySatisfy(cell -> assertThat(cell).startsWith("本辖区设定（系统管理员"));

        _get(TabSheet.class).setSelectedIndex(1);
        LocalDate nationalDay = LocalDate.of(2030, 10, 1);
        _setValue(field(DatePicker.class, "day"), nationalDay);
        _setValue(field(TextField.class, "name"), "");
        _click(_get(Button.class, spec -> spec.withId("calendar-save")));
        assertThat(field(HasValidation.class, "name").isInvalid()).isTrue();
        assertThat(calendar.markedDays(2030)).noneMatch(d -> d.day().equals(nationalDay));

        _setValue(field(TextField.class, "name"), "国庆节");
        _click(_get(Button.class, spec -> spec.withId("calendar-save")));
        // 2030 is not covered until the administrator confirms it, naming the notice its days come from
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-coverage")).getText()).contains("2030 年", "尚未录入");
        assertThatThrownBy(() -> calendar.isWorkingDay(nationalDay)).isInstanceOf(PortalException.class);
        _click(_get(Button.class, spec -> spec.withId("calendar-confirm-year")));
        assertThat(field(HasValidation.class, "notice").isInvalid()).isTrue();
        _setValue(field(TextField.class, "notice"), "国务院办公厅关于2030年部分节假日安排的通知");
        _click(_get(Button.class, spec -> spec.withId("calendar-confirm-year")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-coverage")).getText()).contains("已由", "2030年部分节假日安排");
        assertThat(calendar.isWorkingDay(nationalDay)).isFalse();
        assertThat(calendar.markedDays(2030)).anySatisfy(d -> {
            assertThat(d.day()).isEqualTo(nationalDay);
            assertThat(d.kind()).isEqualTo(DayKind.HOLIDAY);
            assertThat(d.updatedBy()).isEqualTo("admin");
        });
        assertThat(_find(Component.class, spec -> spec.withId("calendar-days"))).isNotEmpty();
        assertThat(audit.trail(CalendarDay.class, nationalDay.toString())).isNotEmpty();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("calendar-days")))).isPositive();
    }

    /** The demo default is a training instance: labelled on every page, its clock refused a move backwards or by nobody. */
    @Test
    void theTrainingClockIsLabelledOnEveryPageAndRefusesABadMove() {
        visitAnonymously();
        navigate("");
        assertThat(present("training-badge")).isTrue();
        assertThat(pageText()).contains("培训模式");
        logout();

        loginAs("supervisor");
        assertRefused("training");
        logout();

        loginAs("admin");
        navigate("training");
        assertThat(present("training-badge")).isTrue();
        String before = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("training-now")).getText();
        assertThat(before).startsWith("当前系统时间");
        long moves = audit.trail(TrainingClock.class, 1).size();
        _setValue(_get(IntegerField.class, spec -> spec.withId("training-days")), 0);
        _click(_get(Button.class, spec -> spec.withId("training-advance")));
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text")).contains("只能向后"));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("training-now")).getText())
                .isEqualTo(before);
        assertThat(audit.trail(TrainingClock.class, 1)).hasSize((int) moves);

        // the trainer picks a project: its next deadlines to move to, and who has its open steps
        var scoring = projects.visibleTo(users.actor("admin")).stream()
                .filter(p -> p.getTitle().equals("看守所法律援助值班律师服务")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<cn.gov.legalprocurement.project.ProcurementProject> project = _get(ComboBox.class,
                spec -> spec.withId("training-project"));
        _setValue(project, scoring);
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("training-waiting"))
                .getElement().getTextRecursively()).contains("专家评分").containsPattern("（用户名 expert\\d）");
    }
}
