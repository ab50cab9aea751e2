package no.fakturaflyt.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model of {@code bpmn/} (BPMN, DMN, Camunda Forms; the build puts them on the classpath) as one
 * deployment at start-up. Resources are named by file name only, so the duplicate filter recognises an unchanged
 * model wherever the application runs from (checkout, jar, container). When any model changed, all are deployed
 * again together, so that a form bound with {@code formRefBinding="deployment"} stays beside its process.
 */
@Component
class ModelDeployment implements InitializingBean {

    static final String DEPLOYMENT_NAME = "fakturaflyt-models";
    static final String SOURCE = "bpmn/";
    private static final List<String> PATTERNS = List.of("classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn",
            "classpath*:bpmn/forms/*.form");
    /** Camunda Forms live in bpmn/forms/ and are deployed as forms/&lt;file&gt;; processes refer to them by form id. */
    static final String FORMS_FOLDER = "forms/";
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

    private final RepositoryService repositoryService;
    private final ResourcePatternResolver resolver;

    ModelDeployment(RepositoryService repositoryService, ResourcePatternResolver resolver) {
        this.repositoryService = repositoryService;
        this.resolver = resolver;
    }

    @Override
    public void afterPropertiesSet() {
        List<Resource> models = models();
        if (models.isEmpty()) {
            throw new IllegalStateException("No models found on the classpath under bpmn/: was bpmn/ built?");
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(SOURCE)
                .enableDuplicateFiltering(false);
        for (Resource model : models) {
            try (InputStream in = model.getInputStream()) {
                builder.addInputStream(resourceName(model), new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read model " + model, e);
            }
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        boolean changed = !isEmpty(deployment.getDeployedProcessDefinitions())
                || !isEmpty(deployment.getDeployedDecisionDefinitions());
        LOG.info("Models of bpmn/ {}: {} (deployment {})", changed ? "deployed" : "unchanged",
                builder.getResourceNames(), deployment.getId());
    }

    /** The model's path under bpmn/: its file name, with forms/ in front for a form. */
    static String resourceName(Resource model) {
        String name = model.getFilename();
        return name != null && name.endsWith(".form") ? FORMS_FOLDER + name : name;
    }

    private static boolean isEmpty(List<?> definitions) {
        return definitions == null || definitions.isEmpty();
    }

    List<Resource> models() {
        List<Resource> models = new ArrayList<>();
        try {
            for (String pattern : PATTERNS) {
                models.addAll(List.of(resolver.getResources(pattern)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the models under bpmn/", e);
        }
        models.sort(Comparator.comparing(ModelDeployment::resourceName));
        return models;
    }
}
