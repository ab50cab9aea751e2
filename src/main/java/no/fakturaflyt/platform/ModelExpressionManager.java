package no.fakturaflyt.platform;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;

/**
 * The engine's expressions resolve against variables, our delegate and listener beans ({@link ModelBeans}) and
 * nothing else: not the whole application context (Camunda's Spring default), and no properties or methods of
 * arbitrary objects (no bean resolver). Maps, lists and arrays are read, never written; what else an expression may
 * reach is in {@link ModelElResolver}.
 */
class ModelExpressionManager extends JuelExpressionManager {

    private final ModelBeans beans;

    ModelExpressionManager(ModelBeans beans) {
        this.beans = beans;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new BeanNames(beans));
        resolver.add(new ArrayELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new MapELResolver(true));
        resolver.add(new ModelElResolver());
        return resolver;
    }

    /** Our delegates and listeners by bean name, read-only. */
    private static final class BeanNames extends ELResolver {

        private final ModelBeans beans;

        BeanNames(ModelBeans beans) {
            this.beans = beans;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name && beans.isModelBean(name)) {
                context.setPropertyResolved(true);
                return beans.bean(name);
            }
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            if (base == null && property instanceof String name && beans.isModelBean(name)) {
                throw new PropertyNotWritableException("The bean " + name + " cannot be replaced by an expression");
            }
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }
    }
}
