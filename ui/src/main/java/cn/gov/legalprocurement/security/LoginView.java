package cn.gov.legalprocurement.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for every role; the demo users are listed in the README. */
@Route(SecurityConfiguration.LOGIN_PATH)
@PageTitle("登录 · 政府购买法律服务平台")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("用户登录");
        i18n.getForm().setUsername("用户名");
        i18n.getForm().setPassword("密码");
        i18n.getForm().setSubmit("登录");
        i18n.getForm().setForgotPassword("忘记密码请联系系统管理员");
        i18n.getErrorMessage().setTitle("用户名或密码不正确");
        i18n.getErrorMessage().setMessage("请检查后重试。连续多次失败后账户将被暂时锁定。");
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction(SecurityConfiguration.LOGIN_PATH);
        add(new H1("政府购买法律服务平台"), new Paragraph("采购 · 合同 · 履约 · 验收 · 支付 全流程管理"), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
