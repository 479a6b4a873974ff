package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.shared.PortalException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The bid form whose fields never reach the server: plain inputs that Vaadin does not synchronise, sealed
 * by {@code bid-seal.js} in the browser under a key the bidder saves, after which only the ciphertext and
 * the commitment arrive here ({@link #sealed}).
 */
@Tag("div")
@JavaScript("context://js/bid-seal.js")
class SealedBidForm extends Component {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Function<SealedBid, String> submit;

    /**
     * @param submit stores a sealed bid and returns a refusal in the user's language, or null when stored
     */
    SealedBidForm(String projectCode, BigDecimal budget, long maxBytes, Function<SealedBid, String> submit) {
        this.submit = submit;
        setId("seal-form");
        getElement().getClassList().add("seal-form");
        Element priceInput = input("field-price", "text");
        priceInput.setAttribute("inputmode", "decimal");
        priceInput.setAttribute("autocomplete", "off");
        Element proposal = new Element("textarea");
        proposal.setAttribute("id", "field-technicalProposal");
        proposal.setAttribute("maxlength", String.valueOf(BidEnvelope.MAX_PROPOSAL_CHARS));
        proposal.setAttribute("rows", "8");
        Element files = input("field-attachments", "file");
        files.setAttribute("accept", "application/pdf,.pdf");
        files.setAttribute("multiple", "");
        Element error = new Element("div");
        error.setAttribute("id", "seal-error");
        error.setAttribute("role", "alert");
        error.setAttribute("aria-live", "polite");
        Element button = new Element("button");
        button.setAttribute("type", "button");
        button.setAttribute("id", "submit-bid");
        button.getClassList().add("seal-button");
        button.setText(getTranslation("bid.submit"));
        Element keyPanel = new Element("div");
        keyPanel.setAttribute("id", "bid-key-panel");
        keyPanel.getClassList().add("bid-key-panel");
        keyPanel.setAttribute("hidden", "");
        getElement().appendChild(
                field(getTranslation("field.price") + "（" + getTranslation("bid.price-hint", budget.toPlainString()) + "）", priceInput),
                field(getTranslation("field.technicalProposal") + "（" + getTranslation("bid.proposal-limit",
                        BidEnvelope.MAX_PROPOSAL_CHARS) + "）", proposal),
                field(getTranslation("bid.proposal-pdf") + getTranslation("upload.limits", maxBytes / (1024 * 1024))
                        + getTranslation("bid.attachments-limit", BidEnvelope.MAX_ATTACHMENTS), files),
                error, button, keyPanel);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("budget", budget.doubleValue());
        options.put("maxBytes", maxBytes);
        options.put("maxFiles", BidEnvelope.MAX_ATTACHMENTS);
        options.put("maxChars", BidEnvelope.MAX_PROPOSAL_CHARS);
        options.put("project", projectCode);
        options.put("messages", messages(budget, maxBytes));
        String json;
        try {
            json = JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        getElement().executeJs("window.portalBidSeal.attach(this, JSON.parse($0))", json);
    }

    /** The sealed bid from the browser; returns the refusal to show, or null when it was stored. */
    @ClientCallable
    String sealed(String payload) {
        SealedBid bid;
        try {
            bid = JSON.readValue(payload, SealedBid.class);
        } catch (JsonProcessingException e) {
            return PortalException.invalid("sealedBid", "error.bid.format").getMessage(getLocale());
        }
        return submit.apply(bid);
    }

    private Map<String, String> messages(BigDecimal budget, long maxBytes) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("price", getTranslation("bid.js.price"));
        m.put("proposal", getTranslation("bid.js.proposal", BidEnvelope.MAX_PROPOSAL_CHARS));
        m.put("tooManyFiles", getTranslation("bid.js.too-many-files", BidEnvelope.MAX_ATTACHMENTS));
        m.put("tooLarge", getTranslation("bid.js.too-large", maxBytes / (1024 * 1024)));
        m.put("notPdf", getTranslation("bid.js.not-pdf"));
        m.put("overBudget", getTranslation("bid.js.over-budget", budget.toPlainString()));
        m.put("keyHeading", getTranslation("bid.js.key-heading"));
        m.put("keyWarning", getTranslation("bid.js.key-warning"));
        m.put("keyDownload", getTranslation("bid.js.key-download"));
        m.put("keyFile", getTranslation("bid.js.key-file"));
        m.put("keySaved", getTranslation("bid.js.key-saved"));
        m.put("confirm", getTranslation("bid.js.confirm"));
        m.put("sealing", getTranslation("bid.js.sealing"));
        m.put("failed", getTranslation("bid.js.failed"));
        m.put("noCrypto", getTranslation("bid.js.no-crypto"));
        return m;
    }

    private static Element input(String id, String type) {
        Element input = new Element("input");
        input.setAttribute("id", id);
        input.setAttribute("type", type);
        return input;
    }

    private static Element field(String label, Element control) {
        Element wrapper = new Element("label");
        wrapper.getClassList().add("seal-field");
        Element caption = new Element("span");
        caption.setText(label);
        wrapper.appendChild(caption, control);
        return wrapper;
    }
}
