package io.labwatch.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeyPolicyTest {

    @Test
    void refusesUnsetShortAndPlaceholderKeysNamingTheVariable() {
        assertThat(KeyPolicy.problem("LABWATCH_SESSION_KEY", null)).get().asString().contains("LABWATCH_SESSION_KEY is not set");
        assertThat(KeyPolicy.problem("LABWATCH_SESSION_KEY", "  ")).get().asString().contains("is not set");
        assertThat(KeyPolicy.problem("LABWATCH_CSRF_KEY", "a".repeat(31))).get().asString().contains("LABWATCH_CSRF_KEY is too short (31");
        assertThat(KeyPolicy.problem("LABWATCH_CSRF_KEY", "CHANGE-ME-csrf-key-at-least-16-characters-long-enough")).get().asString()
                .contains("placeholder");
        assertThat(KeyPolicy.problem("LABWATCH_SESSION_KEY", "labwatch-demo-session-key-change-me-in-production-0123456789")).isPresent();
        assertThat(KeyPolicy.problem("LABWATCH_SESSION_KEY", "q9XbV2r7LmN4pZs8TkW3yH6cJd1FgE5uAo0iRe7tYw")).isEmpty();
    }

    /** Every key value written anywhere in the project (properties, compose, Kubernetes example) is refused. */
    @Test
    void noKeyShippedInTheProjectIsAccepted() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Pattern assignment = Pattern.compile("(LABWATCH_(?:SESSION|CSRF)_KEY|labwatch\\.(?:session|csrf)\\.key)\\s*[:=]\\s*\"?\\$?\\{?(?:[A-Z_]+:-?)?([^\"}\\s]*)");
        List<String> values = new ArrayList<>();
        for (String file : List.of("app/src/main/resources/application.properties", "docker-compose.yml", "k8s/secret.example.yaml")) {
            Matcher m = assignment.matcher(Files.readString(root.resolve(file)));
            while (m.find()) {
                if (!m.group(2).isEmpty()) {
                    values.add(file + ": " + m.group(2));
                }
            }
        }
        assertThat(values).as("key values found in the shipped files").isNotEmpty();
        for (String found : values) {
            String value = found.substring(found.indexOf(": ") + 2);
            assertThat(KeyPolicy.problem("KEY", value)).as(found).isPresent();
        }
    }
}
