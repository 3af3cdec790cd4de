package org.rbe.governance.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 database's files are the owner's alone: before the database opens, its folder is made
 * {@code rwx------} and files already there {@code rw-------}; once the application is ready, the files H2 created
 * meanwhile are too. (The embedded database opens no TCP port: its URL has no {@code AUTO_SERVER}.) Nothing happens
 * for other databases or where the file system has no POSIX permissions.
 */
@Component
class EmbeddedDatabaseFiles implements BeanFactoryPostProcessor, EnvironmentAware, ApplicationListener<ApplicationReadyEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseFiles.class);
    private static final String PREFIX = "jdbc:h2:file:";
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private Path folder;

    @Override
    public void setEnvironment(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith(PREFIX)) {
            String file = url.substring(PREFIX.length()).split(";", 2)[0];
            Path base = Path.of(file.startsWith("~") ? System.getProperty("user.home") + file.substring(1) : file);
            folder = base.toAbsolutePath().getParent();
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        restrict();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        restrict();
    }

    private void restrict() {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, OWNER_DIR);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(f, OWNER_FILE);
                }
            }
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warn("Could not restrict the database folder {} to its owner: {}", folder, e.getMessage());
        }
    }
}
