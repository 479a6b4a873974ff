package cn.gov.legalprocurement.rules;

import cn.gov.legalprocurement.audit.AuditLog;
import cn.gov.legalprocurement.organisation.Jurisdiction;
import cn.gov.legalprocurement.organisation.JurisdictionRepository;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the rules of a jurisdiction: database value for the jurisdiction, then configuration for
 * it, then the same for each parent jurisdiction, then the national defaults.
 */
@Service
public class RulesService {

    private final RulesProperties properties;
    private final StatutoryParameterRepository parameters;
    private final JurisdictionRepository jurisdictions;
    private final AuditLog audit;
    private final PortalClock clock;
    private final Map<Rule, StatutoryBound> bounds = new EnumMap<>(Rule.class);

    public RulesService(RulesProperties properties, StatutoryParameterRepository parameters,
                        JurisdictionRepository jurisdictions, AuditLog audit, PortalClock clock) {
        this.properties = properties;
        this.parameters = parameters;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
        properties.bounds().forEach((key, text) -> bounds.put(Rule.byKey(key).orElseThrow(
                () -> new IllegalStateException("portal.rules.bounds." + key + " is not a known rule")), StatutoryBound.parse(key, text)));
        for (Rule rule : Rule.values()) {
            String value = properties.defaults().get(rule.key());
            if (value == null) {
                throw new IllegalStateException("portal.rules.defaults." + rule.key() + " is not configured");
            }
            validateConfigured("portal.rules.defaults." + rule.key(), rule, value);
        }
        properties.defaults().keySet().forEach(key -> Rule.byKey(key).orElseThrow(
                () -> new IllegalStateException("portal.rules.defaults." + key + " is not a known rule")));
        properties.jurisdictions().forEach((code, values) -> values.forEach((key, value) ->
                validateConfigured("portal.rules.jurisdictions." + code + "." + key, Rule.byKey(key).orElseThrow(
                        () -> new IllegalStateException("portal.rules.jurisdictions." + code + "." + key + " is not a known rule")), value)));
    }

    /** Where a rule's value for a jurisdiction comes from. */
    public enum Source {
        /** the portal's configuration default (statutory-rules.md) */
        DEFAULT,
        /** the configuration file's value for this jurisdiction or one above it */
        CONFIGURED,
        /** set by an administrator for this very jurisdiction */
        LOCAL,
        /** set by an administrator for a jurisdiction above this one */
        INHERITED
    }

    /** A rule's value for a jurisdiction, with where it comes from (the jurisdiction that set it, if any). */
    public record Setting(Rule rule, String value, Source source, String setIn, String updatedBy, Instant updatedAt) {
    }

    @Transactional(readOnly = true)
    public RuleBook forJurisdiction(String code) {
        Map<Rule, String> values = new EnumMap<>(Rule.class);
        settings(code).forEach((rule, setting) -> values.put(rule, setting.value()));
        return new RuleBook(code, values);
    }

    /** Every rule's value for the jurisdiction, with its source: default, configured, local or inherited. */
    @Transactional(readOnly = true)
    public Map<Rule, Setting> settings(String code) {
        Deque<String> chain = new ArrayDeque<>();
        String current = code;
        while (current != null && !chain.contains(current)) {
            chain.push(current);
            current = jurisdictions.findById(current).map(Jurisdiction::getParentCode).orElse(null);
        }
        Map<Rule, Setting> settings = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            settings.put(rule, new Setting(rule, properties.defaults().get(rule.key()), Source.DEFAULT, null, null, null));
        }
        // chain is root-first: later (more local) jurisdictions override earlier ones
        for (String jurisdiction : chain) {
            properties.jurisdictions().getOrDefault(jurisdiction, Map.of()).forEach((key, value) -> {
                Rule rule = Rule.byKey(key).orElseThrow(() -> new IllegalStateException(
                        "portal.rules.jurisdictions." + jurisdiction + "." + key + " is not a known rule"));
                settings.put(rule, new Setting(rule, value, Source.CONFIGURED, jurisdiction, null, null));
            });
            for (StatutoryParameter p : parameters.findByJurisdictionCode(jurisdiction)) {
                Rule.byKey(p.ruleKey()).ifPresent(rule -> settings.put(rule, new Setting(rule, p.ruleValue(),
                        jurisdiction.equals(code) ? Source.LOCAL : Source.INHERITED, jurisdiction, p.updatedBy(), p.updatedAt())));
            }
        }
        return settings;
    }

    /** An administrator sets a rule for a jurisdiction (audited). */
    @Transactional
    public void override(Actor actor, String jurisdiction, Rule rule, String value) {
        actor.require(Role.ADMIN);
        jurisdictions.findById(jurisdiction).orElseThrow(() -> PortalException.notFound("Jurisdiction", jurisdiction));
        validate(rule, value);
        StatutoryParameter parameter = parameters.findByJurisdictionCodeAndRuleKey(jurisdiction, rule.key())
                .orElseGet(() -> new StatutoryParameter(jurisdiction, rule.key()));
        String before = parameter.ruleValue();
        parameter.set(value.strip(), actor.username(), clock.now());
        parameters.save(parameter);
        audit.record(actor, "rules.override", StatutoryParameter.class, jurisdiction + "/" + rule.key(),
                before == null ? null : Map.of("value", before), Map.of("value", value.strip()));
    }

    public List<Rule> rules() {
        return List.of(Rule.values());
    }

    /** A configured value the law does not allow stops the application: no procurement runs on it. */
    private void validateConfigured(String property, Rule rule, String value) {
        try {
            validate(rule, value);
        } catch (PortalException e) {
            throw new IllegalStateException(property + "=" + value + ": " + e.getMessage(java.util.Locale.ENGLISH), e);
        }
    }

    /** What the law allows the rule to be, if it bounds it. */
    public Optional<StatutoryBound> bound(Rule rule) {
        return Optional.ofNullable(bounds.get(rule));
    }

    private void validate(Rule rule, String value) {
        if (rule.unit() == Rule.Unit.FLAG) {
            if (value == null || !(value.strip().equals("true") || value.strip().equals("false"))) {
                throw PortalException.invalid("value", "error.rule.flag", rule.key(), value);
            }
            return;
        }
        Optional<BigDecimal> number;
        try {
            number = Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            number = Optional.empty();
        }
        boolean ok = value.strip().length() <= StatutoryParameter.MAX_VALUE && number.filter(n -> n.signum() >= 0).filter(n -> switch (rule.unit()) {
            case YUAN -> n.scale() <= 2;
            case PERCENT -> n.compareTo(BigDecimal.valueOf(100)) <= 0;
            case DAYS, WORKING_DAYS, MINUTES, COUNT -> n.stripTrailingZeros().scale() <= 0;
            case FLAG -> false;
        }).isPresent();
        if (!ok) {
            throw PortalException.invalid("value", "error.rule.value", rule.key(), value);
        }
        bound(rule).ifPresent(b -> b.check(rule, new BigDecimal(value.strip())));
    }
}
