package no.fakturaflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.fakturaflyt.support.TaskForms;
import org.junit.jupiter.api.Test;

/**
 * The markdown of a Camunda Form's text components is rendered as HTML in Tasklist, so no text a customer, a bank
 * or a provider wrote may be templated into it: such values are shown in disabled text fields, whose values are
 * never read as markdown. Only numbers and links the application builds itself go into the text.
 */
class FormTextTest {

    /** Variables the application sets from numbers or builds itself; nothing else may be templated into text. */
    private static final Set<String> OUR_OWN = Set.of("invoiceNumber", "quoteNumber", "orderId", "quoteId",
            "amount", "policyFee", "policyDaysToNextStep", "previewLink");

    @Test
    void noFormPutsOutsideTextIntoMarkdown() throws IOException {
        List<Path> forms = forms();
        assertThat(forms).hasSize(7);
        for (Path path : forms) {
            JsonNode form = TaskForms.read(Files.newInputStream(path));
            assertThat(OUR_OWN).as("%s templates only our own values into text", path.getFileName())
                    .containsAll(TaskForms.templatedVariables(form));
        }
    }

    @Test
    void everyShownValueIsADisabledFieldAndEveryFormStaysWellFormed() throws IOException {
        for (Path path : forms()) {
            JsonNode form = TaskForms.read(Files.newInputStream(path));
            assertThat(form.path("type").asText()).isEqualTo("default");
            assertThat(form.path("id").asText()).isEqualTo(path.getFileName().toString().replace(".form", ""));
            Set<String> ids = new HashSet<>();
            for (JsonNode component : form.path("components")) {
                assertThat(ids.add(component.path("id").asText())).as("unique id %s", component.path("id")).isTrue();
                if (component.path("id").asText().startsWith("Field_Shown_")) {
                    assertThat(component.path("disabled").asBoolean()).as("%s disabled", component.path("id")).isTrue();
                    assertThat(component.path("type").asText()).isIn("textfield", "textarea");
                }
            }
        }
    }

    private static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn", "forms"))) {
            return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
    }
}
