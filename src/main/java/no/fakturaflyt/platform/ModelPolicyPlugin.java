package no.fakturaflyt.platform;

import java.util.ArrayList;
import java.util.List;
import javax.script.ScriptEngine;
import org.camunda.bpm.engine.ArtifactFactory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptingEngines;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a model may do, enforced in the engine: the deployment check ({@link ModelDeploymentGuard}) before every new
 * deployment (with the modules' own {@link ModelResourceCheck}s), and, whatever got deployed before it, expressions that reach only our delegate beans and a few known
 * values ({@link ModelExpressionManager}), no script engine at all, and no Java class instantiated by a model but
 * ours.
 */
@Component
class ModelPolicyPlugin extends AbstractProcessEnginePlugin {

    private static final String OUR_PACKAGE = "no.fakturaflyt.";

    private final ModelBeans beans;
    private final ObjectProvider<ModelResourceCheck> moduleChecks;

    ModelPolicyPlugin(ModelBeans beans, ObjectProvider<ModelResourceCheck> moduleChecks) {
        this.beans = beans;
        this.moduleChecks = moduleChecks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new ModelExpressionManager(beans));
        List<Deployer> preDeployers = new ArrayList<>();
        preDeployers.add(new ModelDeploymentGuard(beans, moduleChecks));
        if (configuration.getCustomPreDeployers() != null) {
            preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(preDeployers);
        configuration.setScriptingEngines(new NoScripts());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setArtifactFactory(new OurClassesOnly(configuration.getArtifactFactory()));
    }

    /** Every script language (BPMN scripts, DMN expressions in a script language) refused when asked for. */
    private static final class NoScripts extends ScriptingEngines {

        NoScripts() {
            super(null, null);
        }

        @Override
        public ScriptEngine getScriptEngineForLanguage(String language) {
            throw new ProcessEngineException("Scripts (" + language + ") do not run in Fakturaflyt's engine");
        }
    }

    /** Java classes named in a model ({@code camunda:class} and kin): ours only. */
    private static final class OurClassesOnly implements ArtifactFactory {

        private final ArtifactFactory factory;

        OurClassesOnly(ArtifactFactory factory) {
            this.factory = factory;
        }

        @Override
        public <T> T getArtifact(Class<T> type) {
            if (!type.getName().startsWith(OUR_PACKAGE)) {
                throw new ProcessEngineException("The class " + type.getName() + " may not be used by a model");
            }
            return factory.getArtifact(type);
        }
    }
}
