package de.landkreis.integrationsmonitor.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where LibreOffice is installed: the folder configured, else the one of the {@code soffice} (or {@code libreoffice})
 * command found on the PATH. On Debian {@code /usr/bin/soffice} links to {@code /usr/lib/libreoffice/program/soffice},
 * so the installation is the folder above {@code program}.
 */
final class OfficeInstallation {

    private static final String[] COMMANDS = {"soffice", "libreoffice"};

    private OfficeInstallation() {
    }

    /** Whether a folder is a LibreOffice installation: it holds {@code program/soffice}. */
    static boolean isHome(Path home) {
        return Files.isExecutable(home.resolve("program").resolve("soffice"))
                || Files.isRegularFile(home.resolve("program").resolve("soffice.exe"));
    }

    /** @param pathVariable the value of the PATH environment variable */
    static Optional<Path> onPath(String pathVariable) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String directory : pathVariable.split(File.pathSeparator)) {
            for (String command : COMMANDS) {
                Optional<Path> home = homeOf(directory, command);
                if (home.isPresent()) {
                    return home;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> homeOf(String directory, String command) {
        try {
            Path executable = Path.of(directory, command);
            if (directory.isEmpty() || !Files.isExecutable(executable)) {
                return Optional.empty();
            }
            Path program = executable.toRealPath().getParent();
            Path home = program == null ? null : program.getParent();
            return home != null && isHome(home) ? Optional.of(home) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}
