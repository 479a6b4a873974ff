package cn.gov.legalprocurement.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Makes {@code portal.data-dir} (the H2 database, the documents it holds, the audit-signing key) private to
 * the portal's user before anything opens it: mode 700, so no other local user can list or read its files.
 * Runs before any bean is created, so also before the database opens the folder.
 */
public class PrivateDataDirectory implements BeanFactoryPostProcessor, EnvironmentAware {

    private Path dataDir;

    @Override
    public void setEnvironment(Environment environment) {
        this.dataDir = Path.of(environment.getProperty("portal.data-dir", "data"));
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        secure(dataDir);
    }

    public static void secure(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException nonPosix) {
            // the file system's own permissions apply
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create or protect the data directory " + dir.toAbsolutePath(), e);
        }
    }
}
