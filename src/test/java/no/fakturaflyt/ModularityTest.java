package no.fakturaflyt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The top-level packages are application modules: no cycles, no reaching into another module's internals. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(FakturaflytApplication.class);

    @Test
    void theModulesAreFreeOfCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void everyBusinessCapabilityIsAModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("common", "company", "customer", "product", "ledger", "invoicing", "document", "payment",
                        "distribution", "security", "numbering");
    }

    @Test
    void theModuleDocumentationIsWritten() throws Exception {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        assertThat(folder.resolve("components.puml")).isNotEmptyFile();
        assertThat(folder.resolve("module-invoicing.puml")).isNotEmptyFile();
        assertThat(Files.readString(folder.resolve("components.puml"))).containsIgnoringCase("invoicing")
                .containsIgnoringCase("ledger");
    }
}
