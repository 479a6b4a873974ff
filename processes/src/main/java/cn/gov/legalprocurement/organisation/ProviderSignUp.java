package cn.gov.legalprocurement.organisation;

import cn.gov.legalprocurement.documents.DocumentArchive;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.shared.Texts;
import cn.gov.legalprocurement.user.PortalUser;
import cn.gov.legalprocurement.user.UserDirectory;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider registers itself: the organisation with its qualifications, its first user, and the
 * licence PDF, in one transaction, so that a refusal of any part leaves nothing behind. JUSTICE then
 * verifies the qualifications; until then the provider can log in but cannot bid.
 */
@Service
public class ProviderSignUp {

    public record Account(String username, String password, String displayName) {
    }

    /** The kind under which the licence PDF is archived with the organisation. */
    public static final String LICENCE = "licence";

    private final ProviderService providers;
    private final UserDirectory users;
    private final DocumentArchive archive;

    public ProviderSignUp(ProviderService providers, UserDirectory users, DocumentArchive archive) {
        this.providers = providers;
        this.users = users;
        this.archive = archive;
    }

    @Transactional
    public Organisation signUp(ProviderService.Registration registration, Account account, String licenceFileName,
                               byte[] licencePdf) {
        if (account.username() == null || !account.username().strip().matches("[A-Za-z0-9._-]{3,40}")) {
            throw PortalException.invalid("username", "error.username");
        }
        Texts.require("displayName", account.displayName(), 60);
        if (licencePdf == null || licencePdf.length == 0) {
            throw PortalException.invalid("licence", "error.required");
        }
        String username = account.username().strip();
        Organisation provider = providers.register(username, registration);
        PortalUser user = users.create(username, account.password(), account.displayName().strip(), provider.getId(),
                Set.of(Role.PROVIDER));
        archive.uploadPdf(user.toActor(), "licence", Organisation.class, provider.getId(), LICENCE, licenceFileName, licencePdf);
        return provider;
    }
}
